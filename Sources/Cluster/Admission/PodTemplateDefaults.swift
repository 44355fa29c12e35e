import KubeAPI
import OrderedCollections

/// The defaults every stored pod template and pod gets (`SetDefaults_PodSpec`, `SetDefaults_Container`),
/// and the `creationTimestamp: null` a template's metadata carries in 1.32.
enum PodTemplateDefaults {
    static func apply(to template: JSONValue) -> JSONValue {
        var template = template
        var metadata = template["metadata"].object
        if metadata["creationTimestamp"] == nil { metadata["creationTimestamp"] = JSONValue.null }
        template["metadata"] = .object(metadata)
        template["spec"] = spec(template["spec"])
        return template
    }

    /// A pod spec with the scheduling, DNS and restart defaults, and every volume and container defaulted.
    static func spec(_ podSpec: JSONValue) -> JSONValue {
        var spec = podSpec
        func setDefault(_ key: String, _ value: JSONValue) {
            if spec[key].isNull { spec[key] = value }
        }
        setDefault("dnsPolicy", "ClusterFirst")
        setDefault("restartPolicy", "Always")
        setDefault("schedulerName", "default-scheduler")
        setDefault("securityContext", .emptyObject)
        setDefault("terminationGracePeriodSeconds", 30)
        // v1's `serviceAccount` is an alias the apiserver keeps equal to `serviceAccountName`
        // (`Convert_core_PodSpec_To_v1_PodSpec`); the old name is read only when the new is empty.
        if spec["serviceAccountName"].string?.isEmpty != false, let alias = spec["serviceAccount"].string,
            !alias.isEmpty
        {
            spec["serviceAccountName"] = .string(alias)
        }
        if let name = spec["serviceAccountName"].string, !name.isEmpty { spec["serviceAccount"] = .string(name) }
        if !spec["volumes"].isNull { spec["volumes"] = .array(spec["volumes"].array.map(VolumeDefaults.apply)) }
        for list in ["initContainers", "containers"] where !spec[list].isNull {
            spec[list] = .array(spec[list].array.map(container))
        }
        return spec
    }

    /// One container with its pull policy, resources, termination message, port protocol and
    /// field reference defaults.
    static func container(_ container: JSONValue) -> JSONValue {
        var c = container
        if c["imagePullPolicy"].isNull {
            c["imagePullPolicy"] = .string(PodDefaults.defaultPullPolicy(c["image"].string ?? ""))
        }
        c["resources"] = c["resources"].isNull ? .emptyObject : QuantityDefaults.resources(c["resources"])
        if c["terminationMessagePath"].isNull { c["terminationMessagePath"] = "/dev/termination-log" }
        if c["terminationMessagePolicy"].isNull { c["terminationMessagePolicy"] = "File" }
        if !c["ports"].isNull {
            // `SetDefaults_ContainerPort`.
            c["ports"] = .array(
                c["ports"].array.map { port in
                    var p = port
                    if p["protocol"].isNull { p["protocol"] = "TCP" }
                    return p
                })
        }
        if !c["env"].isNull {
            c["env"] = .array(
                c["env"].array.map { env in
                    var e = env
                    if !e["valueFrom"].isNull { e["valueFrom"] = VolumeDefaults.fieldReferenceDefaults(e["valueFrom"]) }
                    return e
                })
        }
        if !c["volumeMounts"].isNull {
            // `readOnly` is an omitempty bool: a stored `false` is not written back.
            c["volumeMounts"] = .array(
                c["volumeMounts"].array.map { mount in
                    var m = mount
                    if m["readOnly"].bool == false { m["readOnly"] = .null }
                    return m
                })
        }
        return ProbeDefaults.apply(to: c)
    }
}
