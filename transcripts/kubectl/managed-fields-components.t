With --show-managed-fields, every object shows who wrote which of its fields. The world's
objects carry the entries their writers left before the lab began: a static pod's mirror is its
kubelet's, a ReplicaSet's pod the controller manager's with its status the kubelet's (through
the status subresource), CoreDNS kubeadm's with the revision annotation and status the
controller manager's, and a node its kubelet's with its pod CIDR from the controller manager.
  $ kubectl get pod etcd-tk8s-control-plane -n kube-system --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation} {.subresource} {.time}{"\n"}{end}'
  kubelet Update  2025-04-21T09:00:08Z
  kubelet Update status 2025-04-23T00:41:02Z
  $ kubectl get pod coredns-66967f4c59-sc4gn -n kube-system --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation} {.subresource} {.time}{"\n"}{end}'
  kube-controller-manager Update  2025-04-21T09:06:02Z
  kubelet Update status 2025-04-23T00:41:02Z
  $ kubectl get deploy coredns -n kube-system --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation} {.subresource} {.time}{"\n"}{end}'
  kube-controller-manager Update  2025-04-21T09:00:12Z
  kubeadm Update  2025-04-21T09:00:12Z
  kubectl-rollout Update  2025-04-21T09:06:02Z
  kube-controller-manager Update status 2025-04-23T07:25:00Z
  $ kubectl get node tk8s-control-plane --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation} {.subresource} {.time}{"\n"}{end}'
  kube-controller-manager Update  2025-04-21T09:00:10Z
  kubeadm Update  2025-04-21T09:00:10Z
  kubelet Update  2025-04-21T09:00:10Z
  kubelet Update status 2025-04-23T07:25:00Z
  $ kubectl get ns --show-managed-fields -o jsonpath='{range .items[*]}{.metadata.name}: {.metadata.managedFields[*].manager}{"\n"}{end}'
  default: kube-apiserver
  kube-node-lease: kube-apiserver
  kube-public: kube-apiserver
  kube-system: kube-apiserver
  local-path-storage: kubectl-client-side-apply
  $ kubectl get clusterrole cluster-admin --show-managed-fields -o jsonpath='{.metadata.managedFields[*].manager}{"\n"}'
  kube-apiserver
A pod made now: the controller manager creates it from the ReplicaSet's template, the scheduler's
binding is no one's field, and the kubelet writes its status. What admission added (the token
volume, the default tolerations, priority) is no one's either.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ sleep 10
  $ kubectl get pods -l app=web -o yaml --show-managed-fields | sed -n '/managedFields:/,/^    name:/p'
      managedFields:
      - apiVersion: v1
        fieldsType: FieldsV1
        fieldsV1:
          f:metadata:
            f:generateName: {}
            f:labels:
              .: {}
              f:app: {}
              f:pod-template-hash: {}
            f:ownerReferences:
              .: {}
              k:{"uid":"0485a1f7-4031-4f02-bfdf-a959b47888af"}:
                .: {}
                f:apiVersion: {}
                f:blockOwnerDeletion: {}
                f:controller: {}
                f:kind: {}
                f:name: {}
                f:uid: {}
          f:spec:
            f:containers:
              k:{"name":"nginx"}:
                .: {}
                f:image: {}
                f:imagePullPolicy: {}
                f:name: {}
                f:resources: {}
                f:terminationMessagePath: {}
                f:terminationMessagePolicy: {}
            f:dnsPolicy: {}
            f:enableServiceLinks: {}
            f:restartPolicy: {}
            f:schedulerName: {}
            f:securityContext: {}
            f:terminationGracePeriodSeconds: {}
        manager: kube-controller-manager
        operation: Update
        time: "2025-04-23T07:25:00Z"
      - apiVersion: v1
        fieldsType: FieldsV1
        fieldsV1:
          f:status:
            f:conditions:
              k:{"type":"ContainersReady"}:
                .: {}
                f:lastProbeTime: {}
                f:lastTransitionTime: {}
                f:status: {}
                f:type: {}
              k:{"type":"Initialized"}:
                .: {}
                f:lastProbeTime: {}
                f:lastTransitionTime: {}
                f:status: {}
                f:type: {}
              k:{"type":"PodReadyToStartContainers"}:
                .: {}
                f:lastProbeTime: {}
                f:lastTransitionTime: {}
                f:status: {}
                f:type: {}
              k:{"type":"Ready"}:
                .: {}
                f:lastProbeTime: {}
                f:lastTransitionTime: {}
                f:status: {}
                f:type: {}
            f:containerStatuses: {}
            f:hostIP: {}
            f:hostIPs:
              .: {}
              k:{"ip":"172.22.0.3"}:
                .: {}
                f:ip: {}
            f:phase: {}
            f:podIP: {}
            f:podIPs:
              .: {}
              k:{"ip":"10.244.1.8"}:
                .: {}
                f:ip: {}
            f:startTime: {}
        manager: kubelet
        operation: Update
        subresource: status
        time: "2025-04-23T07:25:06Z"
      name: web-65d846d465-c89zj
  $ kubectl get deploy web --show-managed-fields -o jsonpath='{range .metadata.managedFields[*]}{.manager} {.operation} {.subresource}{"\n"}{end}'
  kube-controller-manager Update 
  kubectl-create Update 
  kube-controller-manager Update status
  $ kubectl get pod -n kube-system etcd-tk8s-control-plane -o yaml | grep -c managedFields
  0
