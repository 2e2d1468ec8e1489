package org.cooperationatlas.record;

public enum RecordKind {
    JOINT_PATROL,
    JOINT_OPERATION,
    MULTILATERAL_CAMPAIGN,
    FUGITIVE_REPATRIATION,
    PEACEKEEPING_DEPLOYMENT,
    TRAINING_EXCHANGE,
    AGREEMENT_PROGRAMME,
    OTHER;

    public String messageKey() {
        return "kind." + name();
    }
}
