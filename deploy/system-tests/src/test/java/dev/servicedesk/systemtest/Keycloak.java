package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Tokens from the real Keycloak of the local stack, obtained the way a front end or a partner system does. */
public final class Keycloak {

    /** The demo users' password (deploy/keycloak/servicedesk-realm.json); demo only. */
    static final String DEMO_PASSWORD = "servicedesk";

    private Keycloak() {
    }

    /** Password grant through the public front-end client, as the call-centre front end logs a user in. */
    public static String userToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "servicedesk-web")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Client-credentials grant, as a partner system or another service authenticates. */
    public static String clientToken(String clientId) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The same header and claims as a genuine token, signed with a key of our own: what a forger would send. */
    static String resignedWithAForeignKey(String genuineToken) throws GeneralSecurityException {
        String[] parts = genuineToken.split("\\.");
        String signingInput = parts[0] + "." + parts[1];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(foreign.getPrivate());
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    private static String tokenEndpoint() {
        return Environment.oidcUrl() + "/protocol/openid-connect/token";
    }
}
