package org.disclosurehub.security;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar disclosure-hub.jar token issue|list|revoke}: manages agency credentials at the
 * server's console (that is how the first ADMIN token comes to be). A new token is printed alone
 * on standard output, so a script can capture it, and is never shown again; everything else goes
 * to standard error. Exit codes as for {@code import}: 0 done, 1 refused (an unknown agency or
 * token), 2 usage or environment error.
 */
public final class TokenCommand {

    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE_OR_ENVIRONMENT = 2;

    static final String USAGE = """
            usage: java -jar disclosure-hub.jar token issue --agency CODE --role PUBLISHER|CASEWORKER|ADMIN [--label TEXT]
                   java -jar disclosure-hub.jar token list
                   java -jar disclosure-hub.jar token revoke ID""";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private TokenCommand() {
    }

    /** What was asked for. */
    public sealed interface Request {
    }

    record Issue(String agencyCode, Role role, String label) implements Request {
    }

    record ListTokens() implements Request {
    }

    record Revoke(String id) implements Request {
    }

    /** Checks the arguments ({@code token …}) before anything is started; null (usage printed) if they are wrong. */
    public static Request parse(String[] args, PrintStream err) {
        List<String> a = Arrays.asList(args).subList(1, args.length);
        Request request = a.isEmpty() ? null : switch (a.get(0)) {
            case "list" -> a.size() == 1 ? new ListTokens() : null;
            case "revoke" -> a.size() == 2 ? new Revoke(a.get(1)) : null;
            case "issue" -> issue(a.subList(1, a.size()), err);
            default -> null;
        };
        if (request == null) {
            err.println(USAGE);
        }
        return request;
    }

    private static Issue issue(List<String> options, PrintStream err) {
        String agency = null;
        String role = null;
        String label = null;
        for (int i = 0; i + 1 < options.size(); i += 2) {
            switch (options.get(i)) {
                case "--agency" -> agency = options.get(i + 1);
                case "--role" -> role = options.get(i + 1);
                case "--label" -> label = options.get(i + 1);
                default -> {
                    return null;
                }
            }
        }
        if (options.size() % 2 != 0 || agency == null || role == null) {
            return null;
        }
        try {
            return new Issue(agency, Role.valueOf(role), label == null || label.isBlank() ? null : label.strip());
        } catch (IllegalArgumentException e) {
            err.println("token: " + role + " is not a role");
            return null;
        }
    }

    public static int run(Request request, TokenStore tokens, PrintStream out, PrintStream err) {
        if (request instanceof Issue issue) {
            return issue(issue, tokens, out, err);
        }
        if (request instanceof Revoke revoke) {
            return revoke(revoke, tokens, err);
        }
        return list(tokens, out);
    }

    private static int issue(Issue issue, TokenStore tokens, PrintStream out, PrintStream err) {
        try {
            TokenStore.IssuedToken token = tokens.issue(issue.agencyCode(), issue.role(), issue.label());
            err.println("Issued token " + token.id() + " (" + token.role() + ") to agency " + token.agencyCode()
                    + ". It is shown only now: hand it to the agency's system, which sends it as"
                    + " `Authorization: Bearer <token>`.");
            out.println(token.token());
            return DONE;
        } catch (TokenStore.UnknownAgencyException e) {
            err.println("token: " + e.getMessage());
            return REFUSED;
        }
    }

    private static int list(TokenStore tokens, PrintStream out) {
        out.printf("%-12s  %-10s  %-18s  %-17s  %-17s  %s%n", "ID", "ROLE", "AGENCY", "ISSUED", "REVOKED", "LABEL");
        for (TokenStore.TokenInfo t : tokens.list()) {
            out.printf("%-12s  %-10s  %-18s  %-17s  %-17s  %s%n", t.id(), t.role(), t.agencyCode(),
                    TIME.format(t.issuedAt()), t.revokedAt() == null ? "-" : TIME.format(t.revokedAt()),
                    (t.label() == null ? "" : t.label()) + (t.agencyName() == null ? "" : " (" + t.agencyName() + ")"));
        }
        return DONE;
    }

    private static int revoke(Revoke revoke, TokenStore tokens, PrintStream err) {
        try {
            boolean revoked = tokens.revoke(revoke.id());
            err.println(revoked ? "Revoked token " + revoke.id() + ": requests that send it are refused from now on."
                    : "Token " + revoke.id() + " had been revoked already.");
            return DONE;
        } catch (IllegalArgumentException e) {
            err.println("token: " + e.getMessage());
            return REFUSED;
        }
    }
}
