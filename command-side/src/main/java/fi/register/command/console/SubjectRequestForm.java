package fi.register.command.console;

import fi.register.command.subjectrequest.RecordSubjectRequestRequest;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A data subject's request as the data protection officer records it on arrival: what was asked, and how. */
record SubjectRequestForm(String kind, String channel) implements CommandForm<SubjectRequestForm> {

    static SubjectRequestForm blank() {
        return new SubjectRequestForm("", "");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("channel", channel);
        return values;
    }

    @Override
    public SubjectRequestForm without(Set<String> fields) {
        return new SubjectRequestForm(fields.contains("kind") ? "" : kind, fields.contains("channel") ? "" : channel);
    }

    RecordSubjectRequestRequest toRequest() {
        return new RecordSubjectRequestRequest(FormFields.choice(SubjectRequestKind.class, kind),
                FormFields.choice(SubjectRequestChannel.class, channel));
    }
}
