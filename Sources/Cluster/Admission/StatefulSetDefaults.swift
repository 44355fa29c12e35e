import KubeAPI

/// The apiserver's defaults for a StatefulSet's own fields (`SetDefaults_StatefulSet` with 1.32's
/// feature gates): `OrderedReady`, `RollingUpdate` with partition 0 when no strategy is given, claims
/// retained, one replica, ten kept revisions.
enum StatefulSetDefaults {
    static func apply(to statefulSet: KubeObject) -> KubeObject {
        var object = statefulSet
        var spec = object.value["spec"]
        if spec["podManagementPolicy"].isNull { spec["podManagementPolicy"] = "OrderedReady" }
        var strategy = spec["updateStrategy"]
        if strategy["type"].isNull {
            strategy["type"] = "RollingUpdate"
            if strategy["rollingUpdate"].isNull { strategy["rollingUpdate"] = .emptyObject }
        }
        if strategy["type"].string == "RollingUpdate", !strategy["rollingUpdate"].isNull,
            strategy["rollingUpdate"]["partition"].isNull
        {
            strategy["rollingUpdate"]["partition"] = 0
        }
        spec["updateStrategy"] = strategy
        var retention = spec["persistentVolumeClaimRetentionPolicy"]
        if retention["whenDeleted"].isNull { retention["whenDeleted"] = "Retain" }
        if retention["whenScaled"].isNull { retention["whenScaled"] = "Retain" }
        spec["persistentVolumeClaimRetentionPolicy"] = retention
        if spec["replicas"].isNull { spec["replicas"] = 1 }
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        object.value["spec"] = spec
        return object
    }
}
