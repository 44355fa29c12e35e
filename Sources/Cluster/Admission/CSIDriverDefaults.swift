import KubeAPI

/// A new CSIDriver as storage/v1's `SetDefaults_CSIDriver` leaves it: attach required, no pod
/// info on mount, no capacity tracking, `ReadWriteOnceWithFSType` fsGroup policy, `Persistent`
/// volumes only, no republishing, no SELinux mount support.
enum CSIDriverDefaults {
    static func apply(to driver: KubeObject) -> KubeObject {
        var driver = driver
        var spec = driver.value["spec"]
        if spec.isNull { spec = .emptyObject }
        let defaults: [(String, JSONValue)] = [
            ("attachRequired", true), ("podInfoOnMount", false), ("storageCapacity", false),
            ("fsGroupPolicy", "ReadWriteOnceWithFSType"), ("requiresRepublish", false), ("seLinuxMount", false),
        ]
        for (key, value) in defaults where spec[key].isNull { spec[key] = value }
        if spec["volumeLifecycleModes"].array.isEmpty { spec["volumeLifecycleModes"] = ["Persistent"] }
        driver.value["spec"] = spec
        return driver
    }
}
