import KubeAPI

/// `describeIngressClassV1`: the controller, then the parameters resource when one is named.
enum IngressClassDescriber {
    static func describe(_ ingressClass: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.unscopedHeader(ingressClass)
        let spec = ingressClass.value["spec"]
        w.field(0, "Controller", spec["controller"].string ?? "")
        let parameters = spec["parameters"]
        if case .object = parameters {
            w.write(0, "Parameters:\n")
            if let group = parameters["apiGroup"].string { w.field(1, "APIGroup", group) }
            w.field(1, "Kind", parameters["kind"].string ?? "")
            w.field(1, "Name", parameters["name"].string ?? "")
        }
        w.events(context.events(for: ingressClass), context: context)
        return w.finish()
    }
}
