The notes' look at how kube-proxy runs: a DaemonSet, one pod per node, as kubeadm 1.32 writes it.
Its pods mount the kube-proxy ConfigMap at /var/lib/kube-proxy (config.conf is the
KubeProxyConfiguration), the host's xtables lock and kernel modules, and take NODE_NAME from
spec.nodeName, which the kubelet substitutes into `--hostname-override=$(NODE_NAME)`.
  $ kubectl get all -n kube-system -o wide -l k8s-app=kube-proxy
  NAME                   READY   STATUS    RESTARTS        AGE   IP           NODE                 NOMINATED NODE   READINESS GATES
  pod/kube-proxy-4g4b7   1/1     Running   3 (6h44m ago)   46h   172.22.0.3   tk8s-worker2         <none>           <none>
  pod/kube-proxy-lstnd   1/1     Running   3 (6h44m ago)   46h   172.22.0.2   tk8s-worker1         <none>           <none>
  pod/kube-proxy-tpn5w   1/1     Running   3 (6h44m ago)   46h   172.22.0.1   tk8s-control-plane   <none>           <none>
  
  NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS   IMAGES                               SELECTOR
  daemonset.apps/kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   46h   kube-proxy   registry.k8s.io/kube-proxy:v1.32.2   k8s-app=kube-proxy
  $ kubectl get ds kube-proxy -n kube-system -o yaml
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    annotations:
      deprecated.daemonset.template.generation: "1"
    creationTimestamp: "2025-04-21T09:00:12Z"
    generation: 1
    labels:
      k8s-app: kube-proxy
    name: kube-proxy
    namespace: kube-system
    resourceVersion: "145"
    uid: 0030eee3-6da6-4735-8801-2feffa7f2433
  spec:
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        k8s-app: kube-proxy
    template:
      metadata:
        creationTimestamp: null
        labels:
          k8s-app: kube-proxy
      spec:
        containers:
        - command:
          - /usr/local/bin/kube-proxy
          - --config=/var/lib/kube-proxy/config.conf
          - --hostname-override=$(NODE_NAME)
          env:
          - name: NODE_NAME
            valueFrom:
              fieldRef:
                apiVersion: v1
                fieldPath: spec.nodeName
          image: registry.k8s.io/kube-proxy:v1.32.2
          imagePullPolicy: IfNotPresent
          name: kube-proxy
          resources: {}
          securityContext:
            privileged: true
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
          volumeMounts:
          - mountPath: /var/lib/kube-proxy
            name: kube-proxy
          - mountPath: /run/xtables.lock
            name: xtables-lock
          - mountPath: /lib/modules
            name: lib-modules
            readOnly: true
        dnsPolicy: ClusterFirst
        hostNetwork: true
        nodeSelector:
          kubernetes.io/os: linux
        priorityClassName: system-node-critical
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        serviceAccount: kube-proxy
        serviceAccountName: kube-proxy
        terminationGracePeriodSeconds: 30
        tolerations:
        - operator: Exists
        volumes:
        - configMap:
            defaultMode: 420
            name: kube-proxy
          name: kube-proxy
        - hostPath:
            path: /run/xtables.lock
            type: FileOrCreate
          name: xtables-lock
        - hostPath:
            path: /lib/modules
            type: ""
          name: lib-modules
    updateStrategy:
      rollingUpdate:
        maxSurge: 0
        maxUnavailable: 1
      type: RollingUpdate
  status:
    currentNumberScheduled: 3
    desiredNumberScheduled: 3
    numberAvailable: 3
    numberMisscheduled: 0
    numberReady: 3
    observedGeneration: 1
    updatedNumberScheduled: 3
  $ sudo podman exec tk8s-worker1 ps aux | grep hostname-override
  root         156  0.1  0.1  52224 17408 ?        Ssl  00:41   0:48 /usr/local/bin/kube-proxy --config=/var/lib/kube-proxy/config.conf --hostname-override=tk8s-worker1
  $ kubectl get pod kube-proxy-4g4b7 -n kube-system -o jsonpath='{.spec.containers[0].env}{"\n"}{.spec.volumes[0]}{"\n"}'
  [{"name":"NODE_NAME","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"spec.nodeName"}}}]
  {"configMap":{"defaultMode":420,"name":"kube-proxy"},"name":"kube-proxy"}
