package vn.hocluat.plans;

/**
 * The metric catalogue of DESIGN "The metrics": a target names one of these codes. Label key
 * plan.metric.&lt;CODE&gt;, description key plan.metric.&lt;CODE&gt;.help. {@link #ratio} metrics are
 * a number per 100 (TRAINER_RATIO), the others a percentage.
 */
public enum Metric {
    TRAINED_SHARE,
    ONLINE_ACTIVITY_SHARE,
    ONLINE_PARTICIPATION_SHARE,
    NEW_MEDIATOR_TRAINED_IN_TIME,
    MATERIAL_ACCESS_SHARE,
    TRAINER_RATIO,
    TEAM_COMPLETE_SHARE,
    TEAM_SUPPORTED_SHARE,
    MEDIATION_SUCCESS_RATE,
    MODEL_COMMUNE_SHARE,
    CITIZEN_REACH_SHARE,
    SATISFACTION_SHARE;

    public boolean ratio() {
        return this == TRAINER_RATIO;
    }

    public String labelKey() {
        return "plan.metric." + name();
    }

    public String helpKey() {
        return "plan.metric." + name() + ".help";
    }
}
