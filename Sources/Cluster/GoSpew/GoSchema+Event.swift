/// Go struct layouts (k8s 1.32) of core `v1.Event`: each field as `GoName jsonName GoType`,
/// `omitempty` when its JSON tag says so, in declaration order.
extension GoSchema {
    static let eventStructs: [String: String] = [
        "v1.EventList": """
        TypeMeta ,inline v1.TypeMeta
        ListMeta metadata v1.ListMeta omitempty
        Items items []v1.Event
        """,
        "v1.Event": """
        TypeMeta ,inline v1.TypeMeta
        ObjectMeta metadata v1.ObjectMeta
        InvolvedObject involvedObject v1.ObjectReference
        Reason reason string omitempty
        Message message string omitempty
        Source source v1.EventSource omitempty
        FirstTimestamp firstTimestamp v1.Time omitempty
        LastTimestamp lastTimestamp v1.Time omitempty
        Count count int32 omitempty
        Type type string omitempty
        EventTime eventTime v1.MicroTime omitempty
        Series series *v1.EventSeries omitempty
        Action action string omitempty
        Related related *v1.ObjectReference omitempty
        ReportingController reportingComponent string
        ReportingInstance reportingInstance string
        """,
        "v1.ObjectReference": """
        Kind kind string omitempty
        Namespace namespace string omitempty
        Name name string omitempty
        UID uid types.UID omitempty
        APIVersion apiVersion string omitempty
        ResourceVersion resourceVersion string omitempty
        FieldPath fieldPath string omitempty
        """,
        "v1.EventSource": """
        Component component string omitempty
        Host host string omitempty
        """,
        "v1.EventSeries": """
        Count count int32 omitempty
        LastObservedTime lastObservedTime v1.MicroTime omitempty
        """,
    ]
}
