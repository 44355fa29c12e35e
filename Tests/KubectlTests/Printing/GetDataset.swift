import Cluster
import KubeAPI
import Kubectl

/// The dataset behind kubectl-output-cases.md Part C ("Dataset used"), as stored API objects.
///
/// Every timestamp is `now` minus a whole number of seconds, so ages print exactly as captured.
enum GetDataset {
    static let now = Timestamp(seconds: 1_795_000_000)
    static let day = 86_400

    /// Resource types the shared `ResourceType` list does not (yet) name.
    enum Types {
        static let secrets = ResourceType("secrets", singular: "secret", kind: "Secret")
        static let persistentVolumeClaims = ResourceType(
            "persistentvolumeclaims", singular: "persistentvolumeclaim", short: ["pvc"], kind: "PersistentVolumeClaim")
        static let persistentVolumes = ResourceType(
            "persistentvolumes", singular: "persistentvolume", short: ["pv"], kind: "PersistentVolume",
            namespaced: false)
        static let ingresses = ResourceType(
            "ingresses", singular: "ingress", short: ["ing"], group: "networking.k8s.io", kind: "Ingress")
        static let ingressClasses = ResourceType(
            "ingressclasses", singular: "ingressclass", group: "networking.k8s.io", kind: "IngressClass",
            namespaced: false)
        static let endpointSlices = ResourceType(
            "endpointslices", singular: "endpointslice", group: "discovery.k8s.io", kind: "EndpointSlice")
        static let roles = ResourceType(
            "roles", singular: "role", group: "rbac.authorization.k8s.io", kind: "Role")
    }

    /// `kubectl get` of `types` in `namespace` (nil = `-A`), through server tables and the client printer.
    static func get(
        _ types: [ResourceType], namespace: String? = "default", options: TablePrintOptions = TablePrintOptions()
    ) -> String {
        var options = options
        options.allNamespaces = namespace == nil
        return HumanReadablePrinter.render(groups(types, namespace: namespace), options: options)
    }

    static func groups(_ types: [ResourceType], namespace: String?) -> [TableGroup] {
        types.map { type in
            TableGroup(
                type: type, table: ServerTables.table(for: type, objects: list(type, namespace: namespace), now: now))
        }
    }

    /// Objects of `type` in one namespace (or all), in etcd order: namespace, then name.
    static func list(_ type: ResourceType, namespace: String?) -> [KubeObject] {
        (objects[type.plural] ?? [])
            .filter { !type.namespaced || namespace == nil || $0.namespace == namespace }
            .sorted { ($0.namespace ?? "", $0.name) < ($1.namespace ?? "", $1.name) }
    }

    static func ago(_ seconds: Int) -> JSONValue { .string(now.adding(seconds: Int64(-seconds)).rfc3339) }

    static func metadata(_ name: String, _ namespace: String?, _ age: Int, labels: [String: String] = [:]) -> JSONValue
    {
        var meta: JSONValue = ["name": .string(name), "uid": .string("uid-\(name)"), "creationTimestamp": ago(age)]
        if let namespace { meta["namespace"] = .string(namespace) }
        if !labels.isEmpty { meta["labels"] = .stringMap(labels) }
        return meta
    }

    static func object(_ apiVersion: String, _ kind: String, _ metadata: JSONValue, _ body: JSONValue = [:])
        -> KubeObject
    {
        var value: JSONValue = ["apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": metadata]
        for (key, member) in body.stringKeyedMembers { value[key] = member }
        return KubeObject(value)
    }

    static func template(_ labels: [String: String], _ container: String, _ image: String) -> JSONValue {
        [
            "metadata": ["labels": .stringMap(labels)],
            "spec": ["containers": [["name": .string(container), "image": .string(image)]]],
        ]
    }

    static let objects: [String: [KubeObject]] = [
        "namespaces": namespaces, "nodes": nodes, "pods": pods, "services": services, "deployments": deployments,
        "replicasets": replicaSets, "daemonsets": daemonSets, "statefulsets": statefulSets, "jobs": jobs,
        "cronjobs": cronJobs, "endpoints": endpoints, "endpointslices": endpointSlices, "configmaps": configMaps,
        "secrets": secrets, "storageclasses": storageClasses, "persistentvolumeclaims": claims,
        "persistentvolumes": volumes, "runtimeclasses": runtimeClasses, "ingresses": ingresses,
        "horizontalpodautoscalers": autoscalers, "events": events,
    ]

    static let namespaceAges = [
        ("default", 5 * day + 3600), ("kube-node-lease", 5 * day + 3600), ("kube-public", 5 * day + 3600),
        ("kube-system", 5 * day + 3600), ("local-path-storage", 5 * day + 3590),
    ]

    static let namespaces = namespaceAges.map { name, age in
        object(
            "v1", "Namespace", metadata(name, nil, age, labels: ["kubernetes.io/metadata.name": name]),
            ["spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"]])
    }

    static func node(_ name: String, controlPlane: Bool, ip: String, age: Int, unschedulable: Bool = false)
        -> KubeObject
    {
        var labels = [
            "kubernetes.io/arch": "amd64", "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
        ]
        if controlPlane { labels["node-role.kubernetes.io/control-plane"] = "" }
        var spec: JSONValue = ["podCIDR": "10.244.0.0/24"]
        if unschedulable { spec["unschedulable"] = true }
        return object(
            "v1", "Node", metadata(name, nil, age, labels: labels),
            [
                "spec": spec,
                "status": [
                    "addresses": [
                        ["type": "InternalIP", "address": .string(ip)], ["type": "Hostname", "address": .string(name)],
                    ],
                    "conditions": [["type": "Ready", "status": "True", "reason": "KubeletReady"]],
                    "nodeInfo": [
                        "kubeletVersion": "v1.32.2", "osImage": "Debian GNU/Linux 12 (bookworm)",
                        "kernelVersion": "6.8.0-1021-gcp", "containerRuntimeVersion": "containerd://2.0.2",
                    ],
                ],
            ])
    }

    static let nodes = [
        node("kind-control-plane", controlPlane: true, ip: "172.18.0.3", age: 5 * day + 3600),
        node("kind-worker", controlPlane: false, ip: "172.18.0.2", age: 5 * day + 3580),
        node("kind-worker2", controlPlane: false, ip: "172.18.0.4", age: 5 * day + 3580, unschedulable: true),
    ]

    static func running(_ name: String, _ image: String, restarts: Int = 0, lastFinished: Int? = nil) -> JSONValue {
        var status: JSONValue = [
            "name": .string(name), "image": .string(image), "ready": true, "started": true,
            "restartCount": .int(restarts), "state": ["running": ["startedAt": ago(3600)]],
        ]
        if let lastFinished {
            status["lastState"] = ["terminated": ["exitCode": 2, "reason": "Error", "finishedAt": ago(lastFinished)]]
        }
        return status
    }

    static func pod(
        _ name: String, _ namespace: String, age: Int, image: String, statuses: [JSONValue], phase: String = "Running",
        node: String? = "kind-worker", ip: String? = nil, labels: [String: String] = [:],
        owner: (String, String)? = nil,
        conditions: JSONValue? = nil
    ) -> KubeObject {
        var meta = metadata(name, namespace, age, labels: labels)
        if let owner {
            meta["ownerReferences"] = [
                ["apiVersion": "apps/v1", "kind": .string(owner.0), "name": .string(owner.1), "controller": true]
            ]
        }
        let container = statuses.first?["name"].string ?? "app"
        var spec: JSONValue = ["containers": [["name": .string(container), "image": .string(image)]]]
        if let node { spec["nodeName"] = .string(node) }
        var status: JSONValue = [
            "phase": .string(phase),
            "conditions": conditions ?? [
                ["type": "Initialized", "status": "True"], ["type": "Ready", "status": "True"],
                ["type": "PodScheduled", "status": "True"],
            ],
            "containerStatuses": .array(statuses),
        ]
        if let ip {
            status["podIP"] = .string(ip)
            status["podIPs"] = [["ip": .string(ip)]]
        }
        return object("v1", "Pod", meta, ["spec": spec, "status": status])
    }

    static let pods: [KubeObject] = [
        pod(
            "coredns-668d6bf9bc-4xk8p", "kube-system", age: 5 * day + 3500,
            image: "registry.k8s.io/coredns/coredns:v1.11.3",
            statuses: [running("coredns", "registry.k8s.io/coredns/coredns:v1.11.3")], node: "kind-control-plane",
            ip: "10.244.0.2", labels: ["k8s-app": "kube-dns", "pod-template-hash": "668d6bf9bc"],
            owner: ("ReplicaSet", "coredns-668d6bf9bc")),
        pod(
            "coredns-668d6bf9bc-j9wzq", "kube-system", age: 5 * day + 3500,
            image: "registry.k8s.io/coredns/coredns:v1.11.3",
            statuses: [running("coredns", "registry.k8s.io/coredns/coredns:v1.11.3")], node: "kind-control-plane",
            ip: "10.244.0.4", labels: ["k8s-app": "kube-dns", "pod-template-hash": "668d6bf9bc"],
            owner: ("ReplicaSet", "coredns-668d6bf9bc")),
        pod(
            "etcd-kind-control-plane", "kube-system", age: 5 * day + 3550, image: "registry.k8s.io/etcd:3.5.16-0",
            statuses: [running("etcd", "registry.k8s.io/etcd:3.5.16-0")], node: "kind-control-plane", ip: "172.18.0.3",
            labels: ["component": "etcd", "tier": "control-plane"]),
        pod(
            "kube-proxy-7rzsn", "kube-system", age: 5 * day + 3500, image: "registry.k8s.io/kube-proxy:v1.32.2",
            statuses: [running("kube-proxy", "registry.k8s.io/kube-proxy:v1.32.2", restarts: 2, lastFinished: 7860)],
            ip: "172.18.0.2", labels: ["k8s-app": "kube-proxy"], owner: ("DaemonSet", "kube-proxy")),
        pod(
            "nginx-7854ff8877-8n4kz", "default", age: 600, image: "nginx:1.27",
            statuses: [running("nginx", "nginx:1.27")],
            ip: "10.244.1.7", labels: ["app": "nginx", "pod-template-hash": "7854ff8877"],
            owner: ("ReplicaSet", "nginx-7854ff8877")),
        pod(
            "nginx-7854ff8877-dq5tm", "default", age: 600, image: "nginx:1.27",
            statuses: [running("nginx", "nginx:1.27")],
            node: "kind-worker2", ip: "10.244.2.3", labels: ["app": "nginx", "pod-template-hash": "7854ff8877"],
            owner: ("ReplicaSet", "nginx-7854ff8877")),
        pod(
            "crashy", "default", age: 330, image: "busybox:1.36",
            statuses: [
                [
                    "name": "crashy", "image": "busybox:1.36", "ready": false, "started": false, "restartCount": 5,
                    "state": [
                        "waiting": [
                            "reason": "CrashLoopBackOff", "message": "back-off 2m40s restarting failed container",
                        ]
                    ],
                    "lastState": [
                        "terminated": ["exitCode": 1, "reason": "Error", "startedAt": ago(100), "finishedAt": ago(95)]
                    ],
                ]
            ],
            ip: "10.244.1.9", conditions: [["type": "Ready", "status": "False"]]),
        pod(
            "dnscmd", "default", age: 46 * 3600 + 300, image: "busybox:1.36",
            statuses: [
                [
                    "name": "dnscmd", "image": "busybox:1.36", "ready": false, "started": false, "restartCount": 0,
                    "state": ["terminated": ["exitCode": 0, "reason": "Completed", "finishedAt": ago(46 * 3600 - 2)]],
                ]
            ],
            phase: "Succeeded", ip: "10.244.1.4", conditions: [["type": "Ready", "status": "False"]]),
        pod(
            "pending-pod", "default", age: 64 * 3600, image: "nginx", statuses: [], phase: "Pending", node: nil,
            conditions: [["type": "PodScheduled", "status": "False", "reason": "Unschedulable"]]),
        pod(
            "web-5d8f7c9b6-x2x4q", "default", age: 7260, image: "nginx:1.27", statuses: [running("web", "nginx:1.27")],
            ip: "10.244.1.12", labels: ["app": "web", "pod-template-hash": "5d8f7c9b6"],
            owner: ("ReplicaSet", "web-5d8f7c9b6")),
    ]

    static func service(
        _ name: String, _ namespace: String, age: Int, type: String, clusterIP: String, ports: JSONValue,
        selector: [String: String] = [:]
    ) -> KubeObject {
        var spec: JSONValue = [
            "type": .string(type), "clusterIP": .string(clusterIP), "clusterIPs": [.string(clusterIP)], "ports": ports,
        ]
        if !selector.isEmpty { spec["selector"] = .stringMap(selector) }
        return object("v1", "Service", metadata(name, namespace, age), ["spec": spec, "status": ["loadBalancer": [:]]])
    }

    static let services = [
        service(
            "kubernetes", "default", age: 5 * day + 3600, type: "ClusterIP", clusterIP: "10.96.0.1",
            ports: [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]]),
        service(
            "nginx", "default", age: 590, type: "NodePort", clusterIP: "10.96.143.21",
            ports: [["port": 80, "protocol": "TCP", "targetPort": 80, "nodePort": 31234]], selector: ["app": "nginx"]),
        service(
            "web-lb", "default", age: 3 * 3600 + 1200, type: "LoadBalancer", clusterIP: "10.96.200.7",
            ports: [
                ["port": 80, "protocol": "TCP", "targetPort": 8080, "nodePort": 30080],
                ["name": "https", "port": 443, "protocol": "TCP", "targetPort": 8443, "nodePort": 30443],
            ],
            selector: ["app": "web"]),
        service(
            "kube-dns", "kube-system", age: 5 * day + 3600, type: "ClusterIP", clusterIP: "10.96.0.10",
            ports: [
                ["name": "dns", "port": 53, "protocol": "UDP", "targetPort": 53],
                ["name": "dns-tcp", "port": 53, "protocol": "TCP", "targetPort": 53],
                ["name": "metrics", "port": 9153, "protocol": "TCP", "targetPort": 9153],
            ],
            selector: ["k8s-app": "kube-dns"]),
    ]

    static func deployment(
        _ name: String, _ namespace: String, age: Int, replicas: Int, ready: Int, updated: Int, available: Int,
        labels: [String: String], container: String, image: String
    ) -> KubeObject {
        object(
            "apps/v1", "Deployment", metadata(name, namespace, age, labels: labels),
            [
                "spec": [
                    "replicas": .int(replicas), "selector": ["matchLabels": .stringMap(labels)],
                    "template": template(labels, container, image),
                ],
                "status": [
                    "replicas": .int(replicas), "updatedReplicas": .int(updated), "readyReplicas": .int(ready),
                    "availableReplicas": .int(available),
                ],
            ])
    }

    static let deployments = [
        deployment(
            "nginx", "default", age: 600, replicas: 2, ready: 2, updated: 2, available: 2, labels: ["app": "nginx"],
            container: "nginx", image: "nginx:1.27"),
        deployment(
            "coredns", "kube-system", age: 5 * day + 3600, replicas: 2, ready: 2, updated: 2, available: 2,
            labels: ["k8s-app": "kube-dns"], container: "coredns", image: "registry.k8s.io/coredns/coredns:v1.11.3"),
        deployment(
            "web", "default", age: 185, replicas: 3, ready: 1, updated: 3, available: 1, labels: ["app": "web"],
            container: "web", image: "httpd:2.4"),
    ]

    static func replicaSet(
        _ name: String, _ namespace: String, age: Int, labels: [String: String], container: String, image: String
    ) -> KubeObject {
        var meta = metadata(name, namespace, age, labels: labels)
        meta["ownerReferences"] = [["apiVersion": "apps/v1", "kind": "Deployment", "name": "x", "controller": true]]
        return object(
            "apps/v1", "ReplicaSet", meta,
            [
                "spec": [
                    "replicas": 2, "selector": ["matchLabels": .stringMap(labels)],
                    "template": template(labels, container, image),
                ],
                "status": ["replicas": 2, "readyReplicas": 2, "availableReplicas": 2],
            ])
    }

    static let replicaSets = [
        replicaSet(
            "nginx-7854ff8877", "default", age: 600, labels: ["app": "nginx", "pod-template-hash": "7854ff8877"],
            container: "nginx", image: "nginx:1.27"),
        replicaSet(
            "coredns-668d6bf9bc", "kube-system", age: 5 * day + 3500,
            labels: ["k8s-app": "kube-dns", "pod-template-hash": "668d6bf9bc"], container: "coredns",
            image: "registry.k8s.io/coredns/coredns:v1.11.3"),
    ]

    static func daemonSet(
        _ name: String, labels: [String: String], nodeSelector: [String: String], container: String, image: String
    )
        -> KubeObject
    {
        var podTemplate = template(labels, container, image)
        if !nodeSelector.isEmpty { podTemplate[path: "spec.nodeSelector"] = .stringMap(nodeSelector) }
        return object(
            "apps/v1", "DaemonSet", metadata(name, "kube-system", 5 * day + 3600, labels: labels),
            [
                "spec": ["selector": ["matchLabels": .stringMap(labels)], "template": podTemplate],
                "status": [
                    "desiredNumberScheduled": 3, "currentNumberScheduled": 3, "numberReady": 3,
                    "updatedNumberScheduled": 3, "numberAvailable": 3,
                ],
            ])
    }

    static let daemonSets = [
        daemonSet(
            "kindnet", labels: ["app": "kindnet"], nodeSelector: [:], container: "kindnet-cni",
            image: "docker.io/kindest/kindnetd:v20250214-acbabc1a"),
        daemonSet(
            "kube-proxy", labels: ["k8s-app": "kube-proxy"], nodeSelector: ["kubernetes.io/os": "linux"],
            container: "kube-proxy", image: "registry.k8s.io/kube-proxy:v1.32.2"),
    ]

    static let statefulSets = [
        object(
            "apps/v1", "StatefulSet", metadata("web-db", "default", 7200),
            [
                "spec": [
                    "replicas": 3, "serviceName": "web-db", "selector": ["matchLabels": ["app": "db"]],
                    "template": template(["app": "db"], "postgres", "postgres:16"),
                ],
                "status": ["replicas": 3, "readyReplicas": 2],
            ])
    ]

    static func job(_ name: String, age: Int, succeeded: Int, start: Int, end: Int?, condition: String?) -> KubeObject {
        var status: JSONValue = ["succeeded": .int(succeeded), "startTime": ago(start)]
        if let end { status["completionTime"] = ago(end) }
        if let condition { status["conditions"] = [["type": .string(condition), "status": "True"]] }
        return object(
            "batch/v1", "Job", metadata(name, "default", age),
            [
                "spec": [
                    "completions": 1, "parallelism": 1,
                    "selector": ["matchLabels": ["batch.kubernetes.io/controller-uid": .string("uid-\(name)")]],
                    "template": template(["job-name": name], "pi", "perl:5.34.0"),
                ],
                "status": status,
            ])
    }

    static let jobs = [
        job("pi", age: 200, succeeded: 1, start: 200, end: 171, condition: "Complete"),
        job("backup-28930080", age: 65, succeeded: 0, start: 65, end: nil, condition: nil),
    ]

    static let cronJobs = [
        object(
            "batch/v1", "CronJob", metadata("backup", "default", 3 * day),
            [
                "spec": [
                    "schedule": "*/5 * * * *", "suspend": false,
                    "jobTemplate": ["spec": ["template": template([:], "backup", "busybox:1.36")]],
                ],
                "status": ["active": [["name": "backup-28930080"]], "lastScheduleTime": ago(65)],
            ])
    ]

    static let endpoints = [
        object(
            "v1", "Endpoints", metadata("kube-dns", "kube-system", 5 * day + 3600),
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
            ]),
        object(
            "v1", "Endpoints", metadata("kubernetes", "default", 5 * day + 3600),
            [
                "subsets": [
                    [
                        "addresses": [["ip": "172.18.0.3"]],
                        "ports": [["name": "https", "port": 6443, "protocol": "TCP"]],
                    ]
                ]
            ]),
        object("v1", "Endpoints", metadata("web-lb", "default", 3 * 3600 + 1200)),
    ]

    static func endpointSlice(
        _ name: String, _ namespace: String, service: String, addresses: [String], ports: JSONValue
    )
        -> KubeObject
    {
        object(
            "discovery.k8s.io/v1", "EndpointSlice",
            metadata(name, namespace, 600, labels: ["kubernetes.io/service-name": service]),
            [
                "addressType": "IPv4",
                "endpoints": .array(addresses.map { ["addresses": [.string($0)], "conditions": ["ready": true]] }),
                "ports": ports,
            ])
    }

    static let endpointSlices = [
        endpointSlice(
            "nginx-x2f7k", "default", service: "nginx", addresses: ["10.244.1.7", "10.244.2.3"],
            ports: [["name": "", "port": 80, "protocol": "TCP"]]),
        endpointSlice(
            "kube-dns-5g8rm", "kube-system", service: "kube-dns", addresses: ["10.244.0.2", "10.244.0.4"],
            ports: [
                ["name": "dns-tcp", "port": 53, "protocol": "TCP"], ["name": "dns", "port": 53, "protocol": "UDP"],
                ["name": "metrics", "port": 9153, "protocol": "TCP"],
            ]),
    ]

    static let configMaps =
        namespaceAges.map { namespace, age in
            object(
                "v1", "ConfigMap", metadata("kube-root-ca.crt", namespace, age),
                ["data": ["ca.crt": "-----BEGIN CERTIFICATE-----\n"]])
        } + [
            object(
                "v1", "ConfigMap", metadata("app-config", "default", 1500),
                ["data": ["LOG_LEVEL": "debug", "mode": "dev"]])
        ]

    static let secrets = [
        object(
            "v1", "Secret", metadata("db-pass", "default", 4000),
            ["type": "Opaque", "data": ["password": "czNjcjN0", "username": "YWRtaW4="]]),
        object(
            "v1", "Secret", metadata("regcred", "default", 90000),
            ["type": "kubernetes.io/dockerconfigjson", "data": [".dockerconfigjson": "e30="]]),
    ]

    static let storageClasses: [KubeObject] = {
        var standard = metadata("standard", nil, 5 * day + 3600)
        standard["annotations"] = ["storageclass.kubernetes.io/is-default-class": "true"]
        return [
            object(
                "storage.k8s.io/v1", "StorageClass", standard,
                [
                    "provisioner": "rancher.io/local-path", "reclaimPolicy": "Delete",
                    "volumeBindingMode": "WaitForFirstConsumer",
                ]),
            object(
                "storage.k8s.io/v1", "StorageClass", metadata("fast", nil, 3600),
                [
                    "provisioner": "pd.csi.storage.gke.io", "reclaimPolicy": "Retain", "volumeBindingMode": "Immediate",
                    "allowVolumeExpansion": true,
                ]),
        ]
    }()

    static let volumeName = "pvc-3f1c2b9e-8a7d-4c1e-9f0b-2d5e6a7b8c9d"

    static let claims = [
        object(
            "v1", "PersistentVolumeClaim", metadata("data-web-db-0", "default", 7200),
            [
                "spec": [
                    "accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": "1Gi"]],
                    "storageClassName": "standard", "volumeName": .string(volumeName), "volumeMode": "Filesystem",
                ],
                "status": ["phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": ["storage": "1Gi"]],
            ]),
        object(
            "v1", "PersistentVolumeClaim", metadata("scratch", "default", 120),
            [
                "spec": [
                    "accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": "5Gi"]],
                    "storageClassName": "standard", "volumeMode": "Filesystem",
                ],
                "status": ["phase": "Pending"],
            ]),
    ]

    static let volumes = [
        object(
            "v1", "PersistentVolume", metadata(volumeName, nil, 7190),
            [
                "spec": [
                    "capacity": ["storage": "1Gi"], "accessModes": ["ReadWriteOnce"],
                    "persistentVolumeReclaimPolicy": "Delete",
                    "storageClassName": "standard", "claimRef": ["namespace": "default", "name": "data-web-db-0"],
                    "volumeMode": "Filesystem",
                ],
                "status": ["phase": "Bound"],
            ])
    ]

    static let runtimeClasses = [
        object("node.k8s.io/v1", "RuntimeClass", metadata("crun", nil, 30), ["handler": "crun"]),
        object("node.k8s.io/v1", "RuntimeClass", metadata("gvisor", nil, 12 * day), ["handler": "runsc"]),
    ]

    static let ingresses = [
        object(
            "networking.k8s.io/v1", "Ingress", metadata("web", "default", 3000),
            [
                "spec": [
                    "ingressClassName": "nginx", "rules": [["host": "web.example.com"], ["host": "api.example.com"]],
                    "tls": [["hosts": ["web.example.com"]]],
                ],
                "status": ["loadBalancer": ["ingress": [["ip": "172.18.0.100"]]]],
            ]),
        object(
            "networking.k8s.io/v1", "Ingress", metadata("catchall", "default", 3000),
            ["spec": ["rules": [[:]]], "status": ["loadBalancer": [:]]]),
    ]

    static let autoscalers = [
        object(
            "autoscaling/v2", "HorizontalPodAutoscaler", metadata("web", "default", 3000),
            [
                "spec": [
                    "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "web"], "minReplicas": 1,
                    "maxReplicas": 10,
                    "metrics": [
                        [
                            "type": "Resource",
                            "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 50]],
                        ]
                    ],
                ],
                "status": [
                    "currentReplicas": 3, "desiredReplicas": 3,
                    "currentMetrics": [
                        [
                            "type": "Resource",
                            "resource": ["name": "cpu", "current": ["averageUtilization": 12, "averageValue": "6m"]],
                        ]
                    ],
                ],
            ])
    ]

    static func event(
        _ name: String, kind: String, object involved: String, type: String, reason: String, message: String,
        first: Int, last: Int, count: Int, component: String = "kubelet", host: String = "kind-worker",
        fieldPath: String = ""
    ) -> KubeObject {
        var source: JSONValue = ["component": .string(component)]
        if !host.isEmpty { source["host"] = .string(host) }
        return object(
            "v1", "Event", metadata(name, "default", first),
            [
                "involvedObject": [
                    "kind": .string(kind), "namespace": "default", "name": .string(involved),
                    "apiVersion": .string(kind == "Deployment" ? "apps/v1" : "v1"), "fieldPath": .string(fieldPath),
                ],
                "reason": .string(reason), "message": .string(message), "source": source,
                "firstTimestamp": ago(first), "lastTimestamp": ago(last), "count": .int(count), "type": .string(type),
                "reportingComponent": .string(component), "reportingInstance": .string(host),
            ])
    }

    static let events = [
        event(
            "crashy.1", kind: "Pod", object: "crashy", type: "Normal", reason: "Scheduled",
            message: "Successfully assigned default/crashy to kind-worker", first: 330, last: 330, count: 1,
            component: "default-scheduler", host: ""),
        event(
            "crashy.2", kind: "Pod", object: "crashy", type: "Normal", reason: "Pulled",
            message:
                "Successfully pulled image \"busybox:1.36\" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.",
            first: 329, last: 329, count: 1, fieldPath: "spec.containers{crashy}"),
        event(
            "crashy.3", kind: "Pod", object: "crashy", type: "Normal", reason: "Created",
            message: "Created container: crashy",
            first: 329, last: 95, count: 6, fieldPath: "spec.containers{crashy}"),
        event(
            "crashy.4", kind: "Pod", object: "crashy", type: "Normal", reason: "Started",
            message: "Started container crashy",
            first: 328, last: 95, count: 6, fieldPath: "spec.containers{crashy}"),
        event(
            "crashy.5", kind: "Pod", object: "crashy", type: "Warning", reason: "BackOff",
            message: "Back-off restarting failed container crashy in pod crashy_default(uid-crashy)", first: 300,
            last: 10,
            count: 25, fieldPath: "spec.containers{crashy}"),
        event(
            "nginx.1", kind: "Deployment", object: "nginx", type: "Normal", reason: "ScalingReplicaSet",
            message: "Scaled up replica set nginx-7854ff8877 from 0 to 2", first: 600, last: 600, count: 1,
            component: "deployment-controller", host: ""),
    ]
}

extension JSONValue {
    /// The members of an object value, in order (empty for other values).
    var stringKeyedMembers: [(String, JSONValue)] {
        guard case .object(let members) = self else { return [] }
        return members.map { ($0.key, $0.value) }
    }
}
