package vn.hocluat.load;

/**
 * The load run's settings, from system properties ({@code -Dload.x=...} on the Maven command line):
 * where the application and its database are, the rate of full cycles per second and for how long.
 * The database is read only to set the round up and to count accepted submits at the end.
 */
record LoadSettings(String base, String dbUrl, String dbUser, String dbPassword, String adminPassword,
                    double rate, int seconds, int rampSeconds, String landing, int questions, boolean returning,
                    int returningEntrants) {

    static LoadSettings fromSystem() {
        return new LoadSettings(
                System.getProperty("load.base", "http://localhost:8080"),
                System.getProperty("load.db.url", "jdbc:postgresql://localhost:5432/hocluat"),
                System.getProperty("load.db.user", "postgres"),
                System.getProperty("load.db.password", ""),
                System.getProperty("load.admin.password", ""),
                Double.parseDouble(System.getProperty("load.rate", "50")),
                Integer.parseInt(System.getProperty("load.seconds", "60")),
                Integer.parseInt(System.getProperty("load.ramp", "10")),
                // the landing page once it exists: -Dload.landing=/thi/{slug}
                System.getProperty("load.landing", "/api/v1/contests/{slug}"),
                Integer.parseInt(System.getProperty("load.questions", "20")),
                // returning entrants (token kept by the app, valid 30 days): the cycle without registration
                "returning".equals(System.getProperty("load.mode", "full")),
                Integer.parseInt(System.getProperty("load.entrants", "200")));
    }
}
