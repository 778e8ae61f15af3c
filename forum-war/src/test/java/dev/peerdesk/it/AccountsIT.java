package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIT extends PeerdeskIT {

    @Test
    void registrationCreatesAMemberWithOneReputationAndTheFreePlan() {
        String email = Api.unique("newcomer") + "@it.peerdesk.test";
        Reply created = api.post("/api/v1/users", Api.json(Map.of("email", email, "displayName", "Newcomer",
                "password", "long-enough-password")), null);

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
        assertThat(created.json().getString("displayName")).isEqualTo("Newcomer");
        assertThat(created.json().getInt("reputation")).isEqualTo(1);
        assertThat(created.json().getString("plan")).isEqualTo("FREE");
        assertThat(created.json().getJsonArray("roles").toString()).contains("MEMBER");
        assertThat(created.text()).doesNotContain("password");
    }

    @Test
    void aTakenEmailIsAConflict() {
        Member member = api.newMember("taken");
        Reply again = api.post("/api/v1/users", Api.json(Map.of("email", member.email().toUpperCase(),
                "displayName", "Someone Else", "password", "another-password")), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void invalidRegistrationNamesEveryBadField() {
        Reply invalid = api.post("/api/v1/users", Api.json(Map.of("email", "not-an-email", "displayName", "ab",
                "password", "short")), null);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().getInt("status")).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("email", "displayName", "password");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply malformed = api.post("/api/v1/users", "{\"email\": \"a@b.c\", ", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("title")).isNotBlank();
    }

    @Test
    void signInGivesATokenThatIdentifiesTheUser() {
        Member member = api.newMember("signin");
        Reply session = api.post("/api/v1/sessions", Api.json(Map.of("email", member.email(),
                "password", member.password())), null);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().getString("expiresAt")).isNotBlank();
        assertThat(session.json().getJsonObject("user").getJsonNumber("id").longValue()).isEqualTo(member.id());

        Reply me = api.get("/api/v1/users/me", session.json().getString("token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("email")).isEqualTo(member.email());
        assertThat(me.json().getString("plan")).isEqualTo("FREE");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Member member = api.newMember("wrongpw");
        Reply session = api.post("/api/v1/sessions", Api.json(Map.of("email", member.email(),
                "password", "not-the-password")), null);
        assertThat(session.status()).isEqualTo(401);
        Reply unknown = api.post("/api/v1/sessions", Api.json(Map.of("email", "nobody@it.peerdesk.test",
                "password", "whatever-password")), null);
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void missingOrInvalidTokenIsUnauthorized() {
        assertThat(api.get("/api/v1/users/me").status()).isEqualTo(401);
        Reply forged = api.get("/api/v1/users/me", "forged-token");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void signingOutMakesTheTokenStopWorking() {
        Member member = api.newMember("signout");
        assertThat(api.delete("/api/v1/sessions/current", member.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", member.token()).status()).isEqualTo(401);
    }

    @Test
    void publicProfilesHidePrivateFields() {
        Member member = api.newMember("public");
        Reply profile = api.get("/api/v1/users/" + member.id());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().getString("displayName")).isEqualTo(member.displayName());
        assertThat(profile.json().containsKey("email")).isFalse();
        assertThat(profile.json().containsKey("roles")).isFalse();
        assertThat(profile.json().containsKey("plan")).isFalse();
        assertThat(api.get("/api/v1/users/999999999").status()).isEqualTo(404);
    }

    @Test
    void theFirstAdminFromTheEnvironmentCanGrantRoles() {
        Member member = api.newMember("promoted");
        Reply changed = api.put("/api/v1/users/" + member.id() + "/roles",
                "{\"roles\":[\"MODERATOR\",\"AGENT\"]}", api.adminToken());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("roles").toString())
                .contains("MODERATOR").contains("AGENT").contains("MEMBER");
    }

    @Test
    void onlyAnAdminChangesRoles() {
        Member member = api.newMember("climber");
        Reply selfPromotion = api.put("/api/v1/users/" + member.id() + "/roles", "{\"roles\":[\"ADMIN\"]}",
                member.token());
        assertThat(selfPromotion.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/me", member.token()).json().getJsonArray("roles").toString())
                .doesNotContain("ADMIN");
    }

    @Test
    void unknownRolesAndPlansAreInvalid() {
        Member member = api.newMember("typo");
        String admin = api.adminToken();
        Reply role = api.put("/api/v1/users/" + member.id() + "/roles", "{\"roles\":[\"KING\"]}", admin);
        assertThat(role.status()).isEqualTo(422);
        assertThat(role.errorFields()).contains("roles");
        Reply plan = api.put("/api/v1/users/" + member.id() + "/plan", "{\"plan\":\"GOLD\"}", admin);
        assertThat(plan.status()).isEqualTo(422);
        assertThat(plan.errorFields()).contains("plan");
    }

    @Test
    void agentsAndAdminsSetSupportPlansAndAdminsSetSkills() {
        Member customer = api.newMember("customer");
        Member agent = api.newStaff("agent", "AGENT");
        Reply plan = api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"PREMIUM\"}", agent.token());
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().getString("plan")).isEqualTo("PREMIUM");
        assertThat(api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"FREE\"}", customer.token())
                .status()).isEqualTo(403);

        Reply skills = api.put("/api/v1/users/" + agent.id() + "/skills", "{\"tags\":[\"billing\",\"sso\"]}",
                api.adminToken());
        assertThat(skills.status()).isEqualTo(200);
        assertThat(skills.json().getJsonArray("skills").toString()).contains("billing").contains("sso");
        assertThat(api.put("/api/v1/users/" + agent.id() + "/skills", "{\"tags\":[\"Not A Tag\"]}",
                api.adminToken()).status()).isEqualTo(422);
    }

    @Test
    void retriedRegistrationWithTheSameIdempotencyKeyCreatesOneAccount() {
        String email = Api.unique("retry") + "@it.peerdesk.test";
        String body = Api.json(Map.of("email", email, "displayName", "Retrier", "password", "retry-password-1"));
        Map<String, String> key = Map.of("Idempotency-Key", Api.unique("key"));
        Reply first = api.send("POST", "/api/v1/users", body, null, key);
        Reply second = api.send("POST", "/api/v1/users", body, null, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));

        Reply otherBody = api.send("POST", "/api/v1/users", body.replace("Retrier", "Someone"), null, key);
        assertThat(otherBody.status()).isEqualTo(422);
    }
}
