import KubeAPI

/// An `autoscaling/v1` HorizontalPodAutoscaler as the apiserver stores it in `autoscaling/v2`:
/// minReplicas defaults to 1 and the CPU target becomes a Resource metric (80% when not given).
enum HorizontalPodAutoscalerV1 {
    static let defaultCPUUtilization = 80

    static func isV1(_ object: KubeObject) -> Bool {
        object.kind == "HorizontalPodAutoscaler" && object.apiVersion == "autoscaling/v1"
    }

    static func toV2(_ object: KubeObject) -> KubeObject {
        var hpa = object
        hpa.value["apiVersion"] = "autoscaling/v2"
        var spec = object.value["spec"]
        if spec["minReplicas"].isNull { spec["minReplicas"] = 1 }
        let cpu = spec["targetCPUUtilizationPercentage"].int ?? defaultCPUUtilization
        spec["targetCPUUtilizationPercentage"] = nil
        spec["metrics"] = [
            [
                "type": "Resource",
                "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(cpu)]],
            ]
        ]
        hpa.value["spec"] = spec
        hpa.value["status"] = HorizontalPodAutoscalerDefaults.freshStatus
        return hpa
    }
}
