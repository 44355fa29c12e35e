import KubeAPI

/// An autoscaler's `spec.behavior`, as the controller reads it after defaulting: per direction a
/// stabilization window, how policies combine, and the policies (at most so many pods or percent a period).
struct AutoscalerBehavior: Equatable {
    struct Policy: Equatable {
        var type: String
        var value: Int
        var periodSeconds: Int
    }

    struct Rules: Equatable {
        var stabilizationWindowSeconds: Int
        var selectPolicy: String
        var policies: [Policy]
    }

    var scaleUp: Rules
    var scaleDown: Rules

    /// The controller's window for scale-down recommendations (`--horizontal-pod-autoscaler-downscale-stabilization`).
    static let downscaleStabilizationSeconds = 300

    /// Reads a defaulted `spec.behavior`; a scale-down window left unset is the controller's own.
    init(_ behavior: JSONValue) {
        func rules(_ value: JSONValue, window: Int) -> Rules {
            Rules(
                stabilizationWindowSeconds: value["stabilizationWindowSeconds"].int ?? window,
                selectPolicy: value["selectPolicy"].string ?? "Max",
                policies: value["policies"].array.map {
                    Policy(
                        type: $0["type"].string ?? "", value: $0["value"].int ?? 0,
                        periodSeconds: $0["periodSeconds"].int ?? 0)
                })
        }
        scaleUp = rules(behavior["scaleUp"], window: 0)
        scaleDown = rules(behavior["scaleDown"], window: Self.downscaleStabilizationSeconds)
    }

    /// The apiserver's defaults for a behavior that is given (`SetDefaults_HorizontalPodAutoscalerBehavior`):
    /// each direction's unset fields from the default rules; policies are replaced only as a whole.
    static func defaulted(_ behavior: JSONValue) -> JSONValue {
        var result = behavior
        result["scaleUp"] = fill(
            behavior["scaleUp"],
            [
                "policies": [
                    ["periodSeconds": 15, "type": "Pods", "value": 4],
                    ["periodSeconds": 15, "type": "Percent", "value": 100],
                ],
                "selectPolicy": "Max", "stabilizationWindowSeconds": 0,
            ])
        result["scaleDown"] = fill(
            behavior["scaleDown"],
            ["policies": [["periodSeconds": 15, "type": "Percent", "value": 100]], "selectPolicy": "Max"])
        return result
    }

    private static func fill(_ given: JSONValue, _ defaults: JSONValue) -> JSONValue {
        var rules = given.isNull ? JSONValue.emptyObject : given
        for key in ["policies", "selectPolicy", "stabilizationWindowSeconds"] where rules[key].isNull {
            if !defaults[key].isNull { rules[key] = defaults[key] }
        }
        return rules
    }
}
