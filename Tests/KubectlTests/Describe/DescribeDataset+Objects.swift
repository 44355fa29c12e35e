import KubeAPI

/// Deployment nginx and its ReplicaSet (C57, C59), and Service kube-dns with its endpoints and slice (C58).
enum DescribeWorkloads {
    typealias D = DescribeDataset

    static var all: [KubeObject] { [deployment, replicaSet, service, endpoints, endpointSlice] }

    static func template(_ labels: [String: String]) -> JSONValue {
        [
            "metadata": ["labels": .stringMap(labels)],
            "spec": ["containers": [["name": "nginx", "image": "nginx:1.27"]]],
        ]
    }

    static var deployment: KubeObject {
        D.object(
            "apps/v1", "Deployment", "nginx", "default",
            [
                "metadata": [
                    "creationTimestamp": D.ago(600), "labels": ["app": "nginx"],
                    "annotations": ["deployment.kubernetes.io/revision": "1"],
                ],
                "spec": [
                    "replicas": 2, "selector": ["matchLabels": ["app": "nginx"]],
                    "template": template(["app": "nginx"]),
                    "strategy": [
                        "type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": "25%", "maxSurge": "25%"],
                    ],
                ],
                "status": [
                    "replicas": 2, "updatedReplicas": 2, "readyReplicas": 2, "availableReplicas": 2,
                    "conditions": [
                        ["type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"],
                        ["type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"],
                    ],
                ],
            ])
    }

    static var replicaSet: KubeObject {
        let labels = ["app": "nginx", "pod-template-hash": "7854ff8877"]
        return D.object(
            "apps/v1", "ReplicaSet", "nginx-7854ff8877", "default",
            [
                "metadata": [
                    "creationTimestamp": D.ago(600), "labels": .stringMap(labels),
                    "ownerReferences": [
                        [
                            "apiVersion": "apps/v1", "kind": "Deployment", "name": "nginx", "uid": "uid-nginx",
                            "controller": true,
                        ]
                    ],
                ],
                "spec": ["replicas": 2, "selector": ["matchLabels": .stringMap(labels)], "template": template(labels)],
                "status": ["replicas": 2, "readyReplicas": 2, "availableReplicas": 2],
            ])
    }

    static var service: KubeObject {
        D.object(
            "v1", "Service", "kube-dns", "kube-system",
            [
                "metadata": [
                    "labels": [
                        "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS",
                    ]
                ],
                "spec": [
                    "type": "ClusterIP", "clusterIP": "10.96.0.10", "clusterIPs": ["10.96.0.10"],
                    "ipFamilyPolicy": "SingleStack", "ipFamilies": ["IPv4"], "selector": ["k8s-app": "kube-dns"],
                    "sessionAffinity": "None", "internalTrafficPolicy": "Cluster",
                    "ports": [
                        ["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53],
                        ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                        ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153],
                    ],
                ],
            ])
    }

    static var endpoints: KubeObject {
        D.object(
            "v1", "Endpoints", "kube-dns", "kube-system",
            [
                "subsets": [
                    [
                        "addresses": [["ip": "10.244.0.2"], ["ip": "10.244.0.4"]],
                        "ports": [
                            ["name": "dns-tcp", "port": 53, "protocol": "TCP"],
                            ["name": "dns", "port": 53, "protocol": "UDP"],
                            ["name": "metrics", "port": 9153, "protocol": "TCP"],
                        ],
                    ]
                ]
            ])
    }

    /// The slice kubectl 1.32 reads the Service's endpoints from (the Endpoints mirror it).
    static var endpointSlice: KubeObject {
        let ready: JSONValue = ["ready": true, "serving": true, "terminating": false]
        return D.object(
            "discovery.k8s.io/v1", "EndpointSlice", "kube-dns-x7k2p", "kube-system",
            [
                "metadata": ["labels": ["kubernetes.io/service-name": "kube-dns"]],
                "addressType": "IPv4",
                "ports": [
                    ["name": "dns-tcp", "port": 53, "protocol": "TCP"],
                    ["name": "dns", "port": 53, "protocol": "UDP"],
                    ["name": "metrics", "port": 9153, "protocol": "TCP"],
                ],
                "endpoints": [
                    ["addresses": ["10.244.0.2"], "conditions": ready],
                    ["addresses": ["10.244.0.4"], "conditions": ready],
                ],
            ])
    }
}

/// ConfigMap app-config (C60), Secret db-pass (C61) and Namespace default (C62).
enum DescribeConfig {
    typealias D = DescribeDataset

    static var all: [KubeObject] {
        [
            D.object("v1", "ConfigMap", "app-config", "default", ["data": ["LOG_LEVEL": "debug", "mode": "dev"]]),
            D.object(
                "v1", "Secret", "db-pass", "default",
                ["type": "Opaque", "data": ["password": "czNjcjN0", "username": "YWRtaW4="]]),
            D.object(
                "v1", "Namespace", "default", nil,
                [
                    "metadata": ["labels": ["kubernetes.io/metadata.name": "default"]],
                    "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"],
                ]),
        ]
    }
}

/// The events of pod crashy and deployment nginx.
enum DescribeEvents {
    typealias D = DescribeDataset

    static var all: [KubeObject] {
        [
            event(
                "crashy", "Pod", "Scheduled", "default-scheduler", first: 330, last: 330, count: 1,
                "Successfully assigned default/crashy to kind-worker"),
            event(
                "crashy", "Pod", "Pulled", "kubelet", first: 329, last: 329, count: 1,
                "Successfully pulled image \"busybox:1.36\" in 1.2s (1.2s including waiting). Image size: 2166802 bytes."
            ),
            event("crashy", "Pod", "Created", "kubelet", first: 329, last: 95, count: 6, "Created container: crashy"),
            event("crashy", "Pod", "Started", "kubelet", first: 328, last: 95, count: 6, "Started container crashy"),
            event(
                "crashy", "Pod", "BackOff", "kubelet", first: 300, last: 10, count: 25, type: "Warning",
                "Back-off restarting failed container crashy in pod crashy_default(uid-crashy)"),
            event(
                "nginx", "Deployment", "ScalingReplicaSet", "deployment-controller", first: 600, last: 600, count: 1,
                "Scaled up replica set nginx-7854ff8877 from 0 to 2"),
        ]
    }

    static func event(
        _ object: String, _ kind: String, _ reason: String, _ component: String, first: Int, last: Int, count: Int,
        type: String = "Normal", _ message: String
    ) -> KubeObject {
        D.object(
            "v1", "Event", "\(object).\(reason)", "default",
            [
                "involvedObject": [
                    "kind": .string(kind), "name": .string(object), "namespace": "default",
                    "uid": .string("uid-\(object)"),
                ],
                "reason": .string(reason), "message": .string(message), "type": .string(type),
                "source": ["component": .string(component)], "firstTimestamp": D.ago(first),
                "lastTimestamp": D.ago(last), "count": .int(count),
            ])
    }
}
