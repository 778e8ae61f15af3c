package dev.peerdesk.reputation;

/**
 * A badge recognises a first step or a milestone; each is awarded to a user at most once and
 * shown on their profile. {@link BadgeRules} decides when one is earned.
 */
public enum Badge {
    /** First question with a positive score. */
    STUDENT("Student"),
    /** First answer with a positive score. */
    TEACHER("Teacher"),
    /** Accepted an answer on one's own question. */
    SCHOLAR("Scholar"),
    /** First upvote cast. */
    SUPPORTER("Supporter"),
    /** First downvote cast. */
    CRITIC("Critic"),
    /** First edit. */
    EDITOR("Editor"),
    /** An answer reached the "nice" score. */
    NICE_ANSWER("Nice Answer"),
    /** A question reached the "good" score. */
    GOOD_QUESTION("Good Question"),
    /** Many accepted answers. */
    HELPER("Helper"),
    /** One's answer was accepted on a question already escalated to support. */
    RESCUER("Rescuer");

    private final String displayName;

    Badge(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown on profiles. */
    public String displayName() {
        return displayName;
    }
}
