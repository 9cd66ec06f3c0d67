package vn.hocluat.contest.entrant;

/**
 * Sends a text message to a phone. No provider ships with HọcLuật: an installation that has a
 * contract with an SMS operator adds a bean implementing this, and only then the sign-in page
 * offers to send a new code by SMS (otherwise it tells the entrant to ask the organiser).
 */
public interface SmsGateway {
    /** Sends {@code text} to {@code phone} (0xxxxxxxxx); throws if the provider refused it. */
    void send(String phone, String text);
}
