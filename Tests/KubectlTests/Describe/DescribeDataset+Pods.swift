import KubeAPI

/// The pods of C54-C56 and the two pods of ReplicaSet nginx-7854ff8877 (C59).
enum DescribePods {
    typealias D = DescribeDataset

    static var all: [KubeObject] { [crashy, web, pending, nginx("8n4kz"), nginx("dq5tm")] }

    static var crashy: KubeObject {
        D.object(
            "v1", "Pod", "crashy", "default",
            [
                "metadata": ["creationTimestamp": D.ago(330)],
                "spec": [
                    "containers": [["name": "crashy", "image": "busybox:1.36"]], "nodeName": "kind-worker",
                    "priority": 0, "serviceAccountName": "default", "tolerations": D.defaultTolerations,
                ],
                "status": [
                    "phase": "Running", "hostIP": "172.18.0.2", "podIP": "10.244.1.9", "podIPs": [["ip": "10.244.1.9"]],
                    "startTime": D.ago(330), "conditions": [["type": "Ready", "status": "False"]],
                    "containerStatuses": [
                        [
                            "name": "crashy", "image": "busybox:1.36", "ready": false, "restartCount": 5,
                            "containerID": "containerd://0123456789abcdef",
                            "imageID": "docker.io/library/busybox:1.36@sha256:abc",
                            "state": ["waiting": ["reason": "CrashLoopBackOff"]],
                            "lastState": [
                                "terminated": [
                                    "exitCode": 1, "reason": "Error", "startedAt": D.ago(100), "finishedAt": D.ago(95),
                                ]
                            ],
                        ]
                    ],
                ],
            ])
    }

    static var web: KubeObject {
        let container: JSONValue = [
            "name": "web", "image": "nginx:1.27",
            "ports": [["name": "http", "containerPort": 80, "protocol": "TCP"]],
            "resources": [
                "limits": ["cpu": "500m", "memory": "256Mi"], "requests": ["cpu": "100m", "memory": "128Mi"],
            ],
            "livenessProbe": [
                "httpGet": ["path": "/healthz", "port": 80, "scheme": "HTTP"], "initialDelaySeconds": 3,
                "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3,
            ],
            "env": [
                ["name": "MODE", "value": "prod"],
                ["name": "POD_IP", "valueFrom": ["fieldRef": ["apiVersion": "v1", "fieldPath": "status.podIP"]]],
                ["name": "DB_PASS", "valueFrom": ["secretKeyRef": ["name": "db-pass", "key": "password"]]],
            ],
            "volumeMounts": [
                ["name": "data", "mountPath": "/data"],
                [
                    "name": "kube-api-access-8kx2m", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
                    "readOnly": true,
                ],
            ],
        ]
        let projected: JSONValue = [
            "sources": [
                ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
                ["configMap": ["name": "kube-root-ca.crt", "items": [["key": "ca.crt", "path": "ca.crt"]]]],
                ["downwardAPI": ["items": [["path": "namespace", "fieldRef": ["fieldPath": "metadata.namespace"]]]]],
            ]
        ]
        return D.object(
            "v1", "Pod", "web-5d8f7c9b6-x2x4q", "default",
            [
                "metadata": [
                    "creationTimestamp": D.ago(7260), "labels": ["app": "web", "pod-template-hash": "5d8f7c9b6"],
                    "annotations": ["kubectl.kubernetes.io/restartedAt": "2026-11-27T01:00:00Z"],
                    "ownerReferences": [
                        [
                            "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-5d8f7c9b6",
                            "uid": "uid-web-5d8f7c9b6", "controller": true,
                        ]
                    ],
                ],
                "spec": [
                    "containers": [container], "nodeName": "kind-worker", "priority": 0,
                    "serviceAccountName": "default", "nodeSelector": ["kubernetes.io/os": "linux"],
                    "tolerations": D.defaultTolerations,
                    "volumes": [
                        ["name": "data", "emptyDir": [:]], ["name": "kube-api-access-8kx2m", "projected": projected],
                    ],
                ],
                "status": [
                    "phase": "Running", "hostIP": "172.18.0.2", "podIP": "10.244.1.12",
                    "podIPs": [["ip": "10.244.1.12"]], "startTime": D.ago(7260),
                    "conditions": .array(
                        ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map {
                            ["type": .string($0), "status": "True"]
                        }),
                    "containerStatuses": [
                        [
                            "name": "web", "image": "nginx:1.27", "ready": true, "restartCount": 0,
                            "containerID": "containerd://0123456789abcdef",
                            "imageID": "docker.io/library/nginx:1.27@sha256:abc",
                            "state": ["running": ["startedAt": D.ago(3600)]],
                        ]
                    ],
                ],
            ])
    }

    static var pending: KubeObject {
        D.object(
            "v1", "Pod", "pending-pod", "default",
            [
                "metadata": ["creationTimestamp": D.ago(64 * 3600)],
                "spec": [
                    "containers": [["name": "app", "image": "nginx"]], "priority": 0, "serviceAccountName": "default",
                    "tolerations": D.defaultTolerations,
                ],
                "status": [
                    "phase": "Pending", "startTime": D.ago(64 * 3600),
                    "conditions": [["type": "PodScheduled", "status": "False", "reason": "Unschedulable"]],
                ],
            ])
    }

    static func nginx(_ suffix: String) -> KubeObject {
        D.object(
            "v1", "Pod", "nginx-7854ff8877-\(suffix)", "default",
            [
                "metadata": [
                    "creationTimestamp": D.ago(600), "labels": ["app": "nginx", "pod-template-hash": "7854ff8877"],
                    "ownerReferences": [
                        [
                            "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "nginx-7854ff8877",
                            "uid": "uid-nginx-7854ff8877", "controller": true,
                        ]
                    ],
                ],
                "spec": ["containers": [["name": "nginx", "image": "nginx:1.27"]], "nodeName": "kind-worker"],
                "status": ["phase": "Running"],
            ])
    }
}
