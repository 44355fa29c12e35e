import Cluster
import KubeAPI
import Kubectl
import Testing

/// The real kubectl 1.32 transcripts of kubectl-output-cases.md Part C, replayed.
///
/// Server tables and the client printer run over the same dataset; the expected text is byte for
/// byte, trailing spaces written as `\u{20}`.
@Suite struct GetTranscriptTests {
    func get(_ types: [ResourceType], namespace: String? = "default", options: TablePrintOptions = TablePrintOptions())
        -> String
    {
        GetDataset.get(types, namespace: namespace, options: options)
    }

    /// C1 is `kubectl get pods`.
    @Test func c1_podsTable() {
        let expected = """
            NAME                     READY   STATUS             RESTARTS      AGE
            crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s
            dnscmd                   0/1     Completed          0             46h
            nginx-7854ff8877-8n4kz   1/1     Running            0             10m
            nginx-7854ff8877-dq5tm   1/1     Running            0             10m
            pending-pod              0/1     Pending            0             2d16h
            web-5d8f7c9b6-x2x4q      1/1     Running            0             121m

            """
        #expect(get([.pods]) == expected)
    }

    /// C2 is `kubectl get pods -o wide`.
    @Test func c2_podsWide() {
        let expected = """
            NAME                     READY   STATUS             RESTARTS      AGE     IP            NODE           NOMINATED NODE   READINESS GATES
            crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s   10.244.1.9    kind-worker    <none>           <none>
            dnscmd                   0/1     Completed          0             46h     10.244.1.4    kind-worker    <none>           <none>
            nginx-7854ff8877-8n4kz   1/1     Running            0             10m     10.244.1.7    kind-worker    <none>           <none>
            nginx-7854ff8877-dq5tm   1/1     Running            0             10m     10.244.2.3    kind-worker2   <none>           <none>
            pending-pod              0/1     Pending            0             2d16h   <none>        <none>         <none>           <none>
            web-5d8f7c9b6-x2x4q      1/1     Running            0             121m    10.244.1.12   kind-worker    <none>           <none>

            """
        #expect(get([.pods], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C3 is `kubectl get pods -A`.
    @Test func c3_podsAllNamespaces() {
        let expected = """
            NAMESPACE     NAME                       READY   STATUS             RESTARTS       AGE
            default       crashy                     0/1     CrashLoopBackOff   5 (95s ago)    5m30s
            default       dnscmd                     0/1     Completed          0              46h
            default       nginx-7854ff8877-8n4kz     1/1     Running            0              10m
            default       nginx-7854ff8877-dq5tm     1/1     Running            0              10m
            default       pending-pod                0/1     Pending            0              2d16h
            default       web-5d8f7c9b6-x2x4q        1/1     Running            0              121m
            kube-system   coredns-668d6bf9bc-4xk8p   1/1     Running            0              5d
            kube-system   coredns-668d6bf9bc-j9wzq   1/1     Running            0              5d
            kube-system   etcd-kind-control-plane    1/1     Running            0              5d
            kube-system   kube-proxy-7rzsn           1/1     Running            2 (131m ago)   5d

            """
        #expect(get([.pods], namespace: nil) == expected)
    }

    /// C4 is `kubectl get pods -A -o wide`.
    @Test func c4_podsAllNamespacesWide() {
        let expected = """
            NAMESPACE     NAME                       READY   STATUS             RESTARTS       AGE     IP            NODE                 NOMINATED NODE   READINESS GATES
            default       crashy                     0/1     CrashLoopBackOff   5 (95s ago)    5m30s   10.244.1.9    kind-worker          <none>           <none>
            default       dnscmd                     0/1     Completed          0              46h     10.244.1.4    kind-worker          <none>           <none>
            default       nginx-7854ff8877-8n4kz     1/1     Running            0              10m     10.244.1.7    kind-worker          <none>           <none>
            default       nginx-7854ff8877-dq5tm     1/1     Running            0              10m     10.244.2.3    kind-worker2         <none>           <none>
            default       pending-pod                0/1     Pending            0              2d16h   <none>        <none>               <none>           <none>
            default       web-5d8f7c9b6-x2x4q        1/1     Running            0              121m    10.244.1.12   kind-worker          <none>           <none>
            kube-system   coredns-668d6bf9bc-4xk8p   1/1     Running            0              5d      10.244.0.2    kind-control-plane   <none>           <none>
            kube-system   coredns-668d6bf9bc-j9wzq   1/1     Running            0              5d      10.244.0.4    kind-control-plane   <none>           <none>
            kube-system   etcd-kind-control-plane    1/1     Running            0              5d      172.18.0.3    kind-control-plane   <none>           <none>
            kube-system   kube-proxy-7rzsn           1/1     Running            2 (131m ago)   5d      172.18.0.2    kind-worker          <none>           <none>

            """
        #expect(get([.pods], namespace: nil, options: TablePrintOptions(wide: true)) == expected)
    }

    /// C5 is `kubectl get pods --show-labels`.
    @Test func c5_podsShowLabels() {
        let expected = """
            NAME                     READY   STATUS             RESTARTS      AGE     LABELS
            crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s   <none>
            dnscmd                   0/1     Completed          0             46h     <none>
            nginx-7854ff8877-8n4kz   1/1     Running            0             10m     app=nginx,pod-template-hash=7854ff8877
            nginx-7854ff8877-dq5tm   1/1     Running            0             10m     app=nginx,pod-template-hash=7854ff8877
            pending-pod              0/1     Pending            0             2d16h   <none>
            web-5d8f7c9b6-x2x4q      1/1     Running            0             121m    app=web,pod-template-hash=5d8f7c9b6

            """
        #expect(get([.pods], options: TablePrintOptions(showLabels: true)) == expected)
    }

    /// C6 is `kubectl get pods --no-headers`.
    @Test func c6_podsNoHeaders() {
        let expected = """
            crashy                   0/1   CrashLoopBackOff   5 (95s ago)   5m30s
            dnscmd                   0/1   Completed          0             46h
            nginx-7854ff8877-8n4kz   1/1   Running            0             10m
            nginx-7854ff8877-dq5tm   1/1   Running            0             10m
            pending-pod              0/1   Pending            0             2d16h
            web-5d8f7c9b6-x2x4q      1/1   Running            0             121m

            """
        #expect(get([.pods], options: TablePrintOptions(noHeaders: true)) == expected)
    }

    /// C7 is `kubectl get pods -L app`.
    @Test func c7_podsLabelColumn() {
        let expected = """
            NAME                     READY   STATUS             RESTARTS      AGE     APP
            crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s  \u{20}
            dnscmd                   0/1     Completed          0             46h    \u{20}
            nginx-7854ff8877-8n4kz   1/1     Running            0             10m     nginx
            nginx-7854ff8877-dq5tm   1/1     Running            0             10m     nginx
            pending-pod              0/1     Pending            0             2d16h  \u{20}
            web-5d8f7c9b6-x2x4q      1/1     Running            0             121m    web

            """
        #expect(get([.pods], options: TablePrintOptions(labelColumns: ["app"])) == expected)
    }

    /// C8 is `kubectl get pods -o name`.
    @Test func c8_podsAsNames() {
        let expected = """
            pod/crashy
            pod/dnscmd
            pod/nginx-7854ff8877-8n4kz
            pod/nginx-7854ff8877-dq5tm
            pod/pending-pod
            pod/web-5d8f7c9b6-x2x4q

            """
        #expect(NamePrinter().render(GetDataset.groups([.pods], namespace: "default")) == expected)
    }

    /// C9 is `kubectl get pod crashy`.
    @Test func c9_onePod() {
        let expected = """
            NAME     READY   STATUS             RESTARTS      AGE
            crashy   0/1     CrashLoopBackOff   5 (95s ago)   5m30s

            """
        #expect(
            HumanReadablePrinter.render([
                TableGroup(
                    type: .pods,
                    table: ServerTables.table(
                        for: .pods,
                        objects: GetDataset.list(.pods, namespace: "default").filter { $0.name == "crashy" },
                        now: GetDataset.now))
            ]) == expected)
    }

    /// C10 is `kubectl get nodes`.
    @Test func c10_nodes() {
        let expected = """
            NAME                 STATUS                     ROLES           AGE    VERSION
            kind-control-plane   Ready                      control-plane   5d1h   v1.32.2
            kind-worker          Ready                      <none>          5d     v1.32.2
            kind-worker2         Ready,SchedulingDisabled   <none>          5d     v1.32.2

            """
        #expect(get([.nodes]) == expected)
    }

    /// C11 is `kubectl get nodes -o wide`.
    @Test func c11_nodesWide() {
        let expected = """
            NAME                 STATUS                     ROLES           AGE    VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME
            kind-control-plane   Ready                      control-plane   5d1h   v1.32.2   172.18.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1021-gcp   containerd://2.0.2
            kind-worker          Ready                      <none>          5d     v1.32.2   172.18.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1021-gcp   containerd://2.0.2
            kind-worker2         Ready,SchedulingDisabled   <none>          5d     v1.32.2   172.18.0.4    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-1021-gcp   containerd://2.0.2

            """
        #expect(get([.nodes], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C12 is `kubectl get ns`.
    @Test func c12_namespaces() {
        let expected = """
            NAME                 STATUS   AGE
            default              Active   5d1h
            kube-node-lease      Active   5d1h
            kube-public          Active   5d1h
            kube-system          Active   5d1h
            local-path-storage   Active   5d

            """
        #expect(get([.namespaces]) == expected)
    }

    /// C13 is `kubectl get svc`.
    @Test func c13_services() {
        let expected = """
            NAME         TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE
            kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h
            nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s
            web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m

            """
        #expect(get([.services]) == expected)
    }

    /// C14 is `kubectl get svc -A`.
    @Test func c14_servicesAllNamespaces() {
        let expected = """
            NAMESPACE     NAME         TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE
            default       kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h
            default       nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s
            default       web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m
            kube-system   kube-dns     ClusterIP      10.96.0.10     <none>        53/UDP,53/TCP,9153/TCP       5d1h

            """
        #expect(get([.services], namespace: nil) == expected)
    }

    /// C15 is `kubectl get svc -o wide`.
    @Test func c15_servicesWide() {
        let expected = """
            NAME         TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE     SELECTOR
            kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h    <none>
            nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s   app=nginx
            web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m   app=web

            """
        #expect(get([.services], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C16 is `kubectl get deploy`.
    @Test func c16_deployments() {
        let expected = """
            NAME    READY   UP-TO-DATE   AVAILABLE   AGE
            nginx   2/2     2            2           10m
            web     1/3     3            1           3m5s

            """
        #expect(get([.deployments]) == expected)
    }

    /// C17 is `kubectl get deploy -o wide`.
    @Test func c17_deploymentsWide() {
        let expected = """
            NAME    READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES       SELECTOR
            nginx   2/2     2            2           10m    nginx        nginx:1.27   app=nginx
            web     1/3     3            1           3m5s   web          httpd:2.4    app=web

            """
        #expect(get([.deployments], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C18 is `kubectl get rs -A -o wide`.
    @Test func c18_replicaSetsAllNamespacesWide() {
        let expected = """
            NAMESPACE     NAME                 DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES                                    SELECTOR
            default       nginx-7854ff8877     2         2         2       10m   nginx        nginx:1.27                                app=nginx,pod-template-hash=7854ff8877
            kube-system   coredns-668d6bf9bc   2         2         2       5d    coredns      registry.k8s.io/coredns/coredns:v1.11.3   k8s-app=kube-dns,pod-template-hash=668d6bf9bc

            """
        #expect(get([.replicaSets], namespace: nil, options: TablePrintOptions(wide: true)) == expected)
    }

    /// C19 is `kubectl get ds -n kube-system`.
    @Test func c19_daemonSets() {
        let expected = """
            NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
            kindnet      3         3         3       3            3           <none>                   5d1h
            kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   5d1h

            """
        #expect(get([.daemonSets], namespace: "kube-system") == expected)
    }

    /// C20 is `kubectl get sts`.
    @Test func c20_statefulSets() {
        let expected = """
            NAME     READY   AGE
            web-db   2/3     120m

            """
        #expect(get([.statefulSets]) == expected)
    }

    /// C21 is `kubectl get jobs`.
    @Test func c21_jobs() {
        let expected = """
            NAME              STATUS     COMPLETIONS   DURATION   AGE
            backup-28930080   Running    0/1           65s        65s
            pi                Complete   1/1           29s        3m20s

            """
        #expect(get([.jobs]) == expected)
    }

    /// C22 is `kubectl get jobs -o wide`.
    @Test func c22_jobsWide() {
        let expected = """
            NAME              STATUS     COMPLETIONS   DURATION   AGE     CONTAINERS   IMAGES        SELECTOR
            backup-28930080   Running    0/1           65s        65s     pi           perl:5.34.0   batch.kubernetes.io/controller-uid=uid-backup-28930080
            pi                Complete   1/1           29s        3m20s   pi           perl:5.34.0   batch.kubernetes.io/controller-uid=uid-pi

            """
        #expect(get([.jobs], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C23 is `kubectl get cronjobs`.
    @Test func c23_cronJobs() {
        let expected = """
            NAME     SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
            backup   */5 * * * *   <none>     False     1        65s             3d

            """
        #expect(get([.cronJobs]) == expected)
    }

    /// C24 is `kubectl get ep -A`.
    @Test func c24_endpointsAllNamespaces() {
        let expected = """
            NAMESPACE     NAME         ENDPOINTS                                               AGE
            default       kubernetes   172.18.0.3:6443                                         5d1h
            default       web-lb       <none>                                                  3h20m
            kube-system   kube-dns     10.244.0.2:53,10.244.0.4:53,10.244.0.2:53 + 3 more...   5d1h

            """
        #expect(get([.endpoints], namespace: nil) == expected)
    }

    /// C25 is `kubectl get endpointslices -A`.
    @Test func c25_endpointSlicesAllNamespaces() {
        let expected = """
            NAMESPACE     NAME             ADDRESSTYPE   PORTS        ENDPOINTS               AGE
            default       nginx-x2f7k      IPv4          80           10.244.1.7,10.244.2.3   10m
            kube-system   kube-dns-5g8rm   IPv4          53,53,9153   10.244.0.2,10.244.0.4   10m

            """
        #expect(get([GetDataset.Types.endpointSlices], namespace: nil) == expected)
    }

    /// C26 is `kubectl get cm -A`.
    @Test func c26_configMapsAllNamespaces() {
        let expected = """
            NAMESPACE            NAME               DATA   AGE
            default              app-config         2      25m
            default              kube-root-ca.crt   1      5d1h
            kube-node-lease      kube-root-ca.crt   1      5d1h
            kube-public          kube-root-ca.crt   1      5d1h
            kube-system          kube-root-ca.crt   1      5d1h
            local-path-storage   kube-root-ca.crt   1      5d

            """
        #expect(get([.configMaps], namespace: nil) == expected)
    }

    /// C27 is `kubectl get secrets`.
    @Test func c27_secrets() {
        let expected = """
            NAME      TYPE                             DATA   AGE
            db-pass   Opaque                           2      66m
            regcred   kubernetes.io/dockerconfigjson   1      25h

            """
        #expect(get([GetDataset.Types.secrets]) == expected)
    }

    /// C28 is `kubectl get sc`.
    @Test func c28_storageClasses() {
        let expected = """
            NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
            fast                 pd.csi.storage.gke.io   Retain          Immediate              true                   60m
            standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  5d1h

            """
        #expect(get([.storageClasses]) == expected)
    }

    /// C29 is `kubectl get pvc`.
    @Test func c29_claims() {
        let expected = """
            NAME            STATUS    VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
            data-web-db-0   Bound     pvc-3f1c2b9e-8a7d-4c1e-9f0b-2d5e6a7b8c9d   1Gi        RWO            standard       <unset>                 120m
            scratch         Pending                                                                        standard       <unset>                 2m

            """
        #expect(get([GetDataset.Types.persistentVolumeClaims]) == expected)
    }

    /// C30 is `kubectl get pvc -o wide`.
    @Test func c30_claimsWide() {
        let expected = """
            NAME            STATUS    VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE    VOLUMEMODE
            data-web-db-0   Bound     pvc-3f1c2b9e-8a7d-4c1e-9f0b-2d5e6a7b8c9d   1Gi        RWO            standard       <unset>                 120m   Filesystem
            scratch         Pending                                                                        standard       <unset>                 2m     Filesystem

            """
        #expect(get([GetDataset.Types.persistentVolumeClaims], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C31 is `kubectl get pv`.
    @Test func c31_volumes() {
        let expected = """
            NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
            pvc-3f1c2b9e-8a7d-4c1e-9f0b-2d5e6a7b8c9d   1Gi        RWO            Delete           Bound    default/data-web-db-0   standard       <unset>                          119m

            """
        #expect(get([GetDataset.Types.persistentVolumes]) == expected)
    }

    /// C32 is `kubectl get runtimeclass`.
    @Test func c32_runtimeClasses() {
        let expected = """
            NAME     HANDLER   AGE
            crun     crun      30s
            gvisor   runsc     12d

            """
        #expect(get([.runtimeClasses]) == expected)
    }

    /// C33 is `kubectl get ing`.
    @Test func c33_ingresses() {
        let expected = """
            NAME       CLASS    HOSTS                             ADDRESS        PORTS     AGE
            catchall   <none>   *                                                80        50m
            web        nginx    web.example.com,api.example.com   172.18.0.100   80, 443   50m

            """
        #expect(get([GetDataset.Types.ingresses]) == expected)
    }

    /// C34 is `kubectl get hpa`.
    @Test func c34_autoscalers() {
        let expected = """
            NAME   REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
            web    Deployment/web   cpu: 12%/50%   1         10        3          50m

            """
        #expect(get([.horizontalPodAutoscalers]) == expected)
    }

    /// C35 is `kubectl get events`.
    @Test func c35_events() {
        let expected = """
            LAST SEEN   TYPE      REASON              OBJECT             MESSAGE
            5m30s       Normal    Scheduled           pod/crashy         Successfully assigned default/crashy to kind-worker
            5m29s       Normal    Pulled              pod/crashy         Successfully pulled image "busybox:1.36" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.
            95s         Normal    Created             pod/crashy         Created container: crashy
            95s         Normal    Started             pod/crashy         Started container crashy
            10s         Warning   BackOff             pod/crashy         Back-off restarting failed container crashy in pod crashy_default(uid-crashy)
            10m         Normal    ScalingReplicaSet   deployment/nginx   Scaled up replica set nginx-7854ff8877 from 0 to 2

            """
        #expect(get([.events]) == expected)
    }

    /// C36 is `kubectl get events -o wide`.
    @Test func c36_eventsWide() {
        let expected = """
            LAST SEEN   TYPE      REASON              OBJECT             SUBOBJECT                 SOURCE                  MESSAGE                                                                                                 FIRST SEEN   COUNT   NAME
            5m30s       Normal    Scheduled           pod/crashy                                   default-scheduler       Successfully assigned default/crashy to kind-worker                                                     5m30s        1       crashy.1
            5m29s       Normal    Pulled              pod/crashy         spec.containers{crashy}   kubelet, kind-worker    Successfully pulled image "busybox:1.36" in 1.2s (1.2s including waiting). Image size: 2166802 bytes.   5m29s        1       crashy.2
            95s         Normal    Created             pod/crashy         spec.containers{crashy}   kubelet, kind-worker    Created container: crashy                                                                               5m29s        6       crashy.3
            95s         Normal    Started             pod/crashy         spec.containers{crashy}   kubelet, kind-worker    Started container crashy                                                                                5m28s        6       crashy.4
            10s         Warning   BackOff             pod/crashy         spec.containers{crashy}   kubelet, kind-worker    Back-off restarting failed container crashy in pod crashy_default(uid-crashy)                           5m           25      crashy.5
            10m         Normal    ScalingReplicaSet   deployment/nginx                             deployment-controller   Scaled up replica set nginx-7854ff8877 from 0 to 2                                                      10m          1       nginx.1

            """
        #expect(get([.events], options: TablePrintOptions(wide: true)) == expected)
    }

    /// C37 is `kubectl get all`.
    @Test func c37_all() {
        let expected = """
            NAME                         READY   STATUS             RESTARTS      AGE
            pod/crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s
            pod/dnscmd                   0/1     Completed          0             46h
            pod/nginx-7854ff8877-8n4kz   1/1     Running            0             10m
            pod/nginx-7854ff8877-dq5tm   1/1     Running            0             10m
            pod/pending-pod              0/1     Pending            0             2d16h
            pod/web-5d8f7c9b6-x2x4q      1/1     Running            0             121m

            NAME                 TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE
            service/kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h
            service/nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s
            service/web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m

            NAME                    READY   UP-TO-DATE   AVAILABLE   AGE
            deployment.apps/nginx   2/2     2            2           10m
            deployment.apps/web     1/3     3            1           3m5s

            NAME                               DESIRED   CURRENT   READY   AGE
            replicaset.apps/nginx-7854ff8877   2         2         2       10m

            NAME                      READY   AGE
            statefulset.apps/web-db   2/3     120m

            NAME                                      REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
            horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: 12%/50%   1         10        3          50m

            NAME                   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
            cronjob.batch/backup   */5 * * * *   <none>     False     1        65s             3d

            NAME                        STATUS     COMPLETIONS   DURATION   AGE
            job.batch/backup-28930080   Running    0/1           65s        65s
            job.batch/pi                Complete   1/1           29s        3m20s

            """
        #expect(get(ResourceType.all, options: TablePrintOptions(showKind: true)) == expected)
    }

    /// C38 is `kubectl get all -A`.
    @Test func c38_allAllNamespaces() {
        let expected = """
            NAMESPACE     NAME                           READY   STATUS             RESTARTS       AGE
            default       pod/crashy                     0/1     CrashLoopBackOff   5 (95s ago)    5m30s
            default       pod/dnscmd                     0/1     Completed          0              46h
            default       pod/nginx-7854ff8877-8n4kz     1/1     Running            0              10m
            default       pod/nginx-7854ff8877-dq5tm     1/1     Running            0              10m
            default       pod/pending-pod                0/1     Pending            0              2d16h
            default       pod/web-5d8f7c9b6-x2x4q        1/1     Running            0              121m
            kube-system   pod/coredns-668d6bf9bc-4xk8p   1/1     Running            0              5d
            kube-system   pod/coredns-668d6bf9bc-j9wzq   1/1     Running            0              5d
            kube-system   pod/etcd-kind-control-plane    1/1     Running            0              5d
            kube-system   pod/kube-proxy-7rzsn           1/1     Running            2 (131m ago)   5d

            NAMESPACE     NAME                 TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE
            default       service/kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h
            default       service/nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s
            default       service/web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m
            kube-system   service/kube-dns     ClusterIP      10.96.0.10     <none>        53/UDP,53/TCP,9153/TCP       5d1h

            NAMESPACE     NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
            kube-system   daemonset.apps/kindnet      3         3         3       3            3           <none>                   5d1h
            kube-system   daemonset.apps/kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   5d1h

            NAMESPACE     NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
            default       deployment.apps/nginx     2/2     2            2           10m
            default       deployment.apps/web       1/3     3            1           3m5s
            kube-system   deployment.apps/coredns   2/2     2            2           5d1h

            NAMESPACE     NAME                                 DESIRED   CURRENT   READY   AGE
            default       replicaset.apps/nginx-7854ff8877     2         2         2       10m
            kube-system   replicaset.apps/coredns-668d6bf9bc   2         2         2       5d

            NAMESPACE   NAME                      READY   AGE
            default     statefulset.apps/web-db   2/3     120m

            NAMESPACE   NAME                                      REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
            default     horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: 12%/50%   1         10        3          50m

            NAMESPACE   NAME                   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
            default     cronjob.batch/backup   */5 * * * *   <none>     False     1        65s             3d

            NAMESPACE   NAME                        STATUS     COMPLETIONS   DURATION   AGE
            default     job.batch/backup-28930080   Running    0/1           65s        65s
            default     job.batch/pi                Complete   1/1           29s        3m20s

            """
        #expect(get(ResourceType.all, namespace: nil, options: TablePrintOptions(showKind: true)) == expected)
    }

    /// C39 is `kubectl get pods,svc`.
    @Test func c39_podsAndServices() {
        let expected = """
            NAME                         READY   STATUS             RESTARTS      AGE
            pod/crashy                   0/1     CrashLoopBackOff   5 (95s ago)   5m30s
            pod/dnscmd                   0/1     Completed          0             46h
            pod/nginx-7854ff8877-8n4kz   1/1     Running            0             10m
            pod/nginx-7854ff8877-dq5tm   1/1     Running            0             10m
            pod/pending-pod              0/1     Pending            0             2d16h
            pod/web-5d8f7c9b6-x2x4q      1/1     Running            0             121m

            NAME                 TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)                      AGE
            service/kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP                      5d1h
            service/nginx        NodePort       10.96.143.21   <none>        80:31234/TCP                 9m50s
            service/web-lb       LoadBalancer   10.96.200.7    <pending>     80:30080/TCP,443:30443/TCP   3h20m

            """
        #expect(get([.pods, .services]) == expected)
    }

    /// C40 is `kubectl get deploy,svc --no-headers`.
    @Test func c40_deploymentsAndServicesNoHeaders() {
        let expected = """
            deployment.apps/nginx   2/2   2     2     10m
            deployment.apps/web     1/3   3     1     3m5s
            service/kubernetes   ClusterIP      10.96.0.1      <none>      443/TCP                      5d1h
            service/nginx        NodePort       10.96.143.21   <none>      80:31234/TCP                 9m50s
            service/web-lb       LoadBalancer   10.96.200.7    <pending>   80:30080/TCP,443:30443/TCP   3h20m

            """
        #expect(get([.deployments, .services], options: TablePrintOptions(noHeaders: true)) == expected)
    }

    /// C41 is `kubectl get ns,runtimeclass -A`.
    @Test func c41_namespacesAndRuntimeClassesAllNamespaces() {
        let expected = """
            NAME                           STATUS   AGE
            namespace/default              Active   5d1h
            namespace/kube-node-lease      Active   5d1h
            namespace/kube-public          Active   5d1h
            namespace/kube-system          Active   5d1h
            namespace/local-path-storage   Active   5d

            NAME                              HANDLER   AGE
            runtimeclass.node.k8s.io/crun     crun      30s
            runtimeclass.node.k8s.io/gvisor   runsc     12d

            """
        #expect(get([.namespaces, .runtimeClasses], namespace: nil) == expected)
    }

    /// C42 is `kubectl get ingressclass`.
    @Test func c42_emptyClusterScoped() {
        let expected = ""
        #expect(get([GetDataset.Types.ingressClasses]) == expected)
        #expect(
            NoResourcesFound.message(
                types: [GetDataset.Types.ingressClasses], namespace: "default", allNamespaces: false)
                == "No resources found\n")
    }

    /// C43 is `kubectl get pods -n kube-public`.
    @Test func c43_emptyNamespace() {
        let expected = ""
        #expect(get([.pods], namespace: "kube-public") == expected)
        #expect(
            NoResourcesFound.message(types: [.pods], namespace: "kube-public", allNamespaces: false)
                == "No resources found in kube-public namespace.\n")
    }

    /// C47 is `kubectl get pods nosuch crashy`.
    @Test func c47_foundRowsBeforeNotFound() {
        let expected = """
            NAME     READY   STATUS             RESTARTS      AGE
            crashy   0/1     CrashLoopBackOff   5 (95s ago)   5m30s

            """
        #expect(
            HumanReadablePrinter.render([
                TableGroup(
                    type: .pods,
                    table: ServerTables.table(
                        for: .pods,
                        objects: GetDataset.list(.pods, namespace: "default").filter { $0.name == "crashy" },
                        now: GetDataset.now))
            ]) == expected)
    }

    /// C53 is `kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName`.
    @Test func c53_customColumns() throws {
        let expected = """
            NAME                     NODE
            crashy                   kind-worker
            dnscmd                   kind-worker
            nginx-7854ff8877-8n4kz   kind-worker
            nginx-7854ff8877-dq5tm   kind-worker2
            pending-pod              <none>
            web-5d8f7c9b6-x2x4q      kind-worker

            """
        #expect(
            try CustomColumnsPrinter(spec: "NAME:.metadata.name,NODE:.spec.nodeName").render(
                GetDataset.list(.pods, namespace: "default")) == expected)
    }

}
