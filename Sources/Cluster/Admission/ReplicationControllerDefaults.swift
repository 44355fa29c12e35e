import KubeAPI
import OrderedCollections

/// core/v1's `SetDefaults_ReplicationController`: a controller without a selector selects its
/// template's labels, one without labels takes them too, and `replicas` defaults to 1.
enum ReplicationControllerDefaults {
    static func apply(to object: KubeObject) -> KubeObject {
        var object = object
        let labels = object[path: "spec.template.metadata.labels"]
        if !labels.isNull {
            if object[path: "spec.selector"].object.isEmpty { object[path: "spec.selector"] = labels }
            if object.labels.isEmpty { object[path: "metadata.labels"] = labels }
        }
        if object[path: "spec.replicas"].isNull { object[path: "spec.replicas"] = 1 }
        return object
    }
}
