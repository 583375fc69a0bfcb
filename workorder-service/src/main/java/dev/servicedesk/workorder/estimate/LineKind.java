package dev.servicedesk.workorder.estimate;

/** What an estimate line charges for (CDC art. 40 asks for labour, materials and equipment apart). */
public enum LineKind {
    LABOUR, PARTS, EQUIPMENT
}
