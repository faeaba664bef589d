package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.List;

/** A task being read, before it is numbered and its names are made canonical. */
final class Draft {
    String section;
    String lead;
    boolean person;
    List<String> coLeads = new ArrayList<>();
    List<String> support = new ArrayList<>();
    String assigner;
    ProposedDeadline deadline = ProposedDeadline.none();
    String period;
    String content;
    String sourceRef;
    String status;
    String completed;
    String result;
    int start;
    int end;
}
