import KubeAPI

/// The apiserver's defaults for a Deployment's own spec fields (`SetDefaults_Deployment`).
///
/// One replica, RollingUpdate with 25%/25%, ten kept revisions, a 600 s progress deadline.
/// The pod template is left alone here; it is defaulted as every pod template is.
enum DeploymentDefaults {
    static func apply(to deployment: KubeObject) -> KubeObject {
        var object = deployment
        var spec = object.value["spec"]
        if spec["replicas"].isNull { spec["replicas"] = 1 }
        var strategy = spec["strategy"]
        if strategy["type"].isNull { strategy["type"] = "RollingUpdate" }
        if strategy["type"].string == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"]
            if rolling["maxUnavailable"].isNull { rolling["maxUnavailable"] = "25%" }
            if rolling["maxSurge"].isNull { rolling["maxSurge"] = "25%" }
            strategy["rollingUpdate"] = rolling
        }
        spec["strategy"] = strategy
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        if spec["progressDeadlineSeconds"].isNull { spec["progressDeadlineSeconds"] = 600 }
        object.value["spec"] = spec
        return object
    }
}
