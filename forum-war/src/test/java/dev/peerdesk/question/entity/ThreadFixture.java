package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Questions, answers and users as the database would give them (with ids), for entity tests. */
final class ThreadFixture {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ThreadFixture() {
    }

    static User user(long id) {
        return withId(new User("u" + id + "@example.test", "User " + id, "hash", NOW), User.class, id);
    }

    static Question question(long id, User asker) {
        return withId(new Question(asker, "How do I export my data as CSV?", "body", "<p>body</p>", List.of("export"),
                NOW), Post.class, id);
    }

    static Answer answer(long id, Question question, User author) {
        return withId(new Answer(question, author, "answer body", "<p>answer body</p>", false, NOW), Post.class, id);
    }

    private static <T> T withId(T entity, Class<?> declaring, long id) {
        try {
            Field field = declaring.getDeclaredField("id"); // assigned by the database
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return entity;
    }
}
