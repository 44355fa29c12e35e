Label selectors as apimachinery's labels.Parse reads them: every operator, gt and lt on integer
label values, and the errors for malformed selectors (the server's for get, kubectl's own for top).
  $ kubectl label node tk8s-worker1 rank=5
  node/tk8s-worker1 labeled
  $ kubectl get nodes -l 'rank>4'
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker1   Ready    <none>   46h   v1.32.2
  $ kubectl get nodes -l 'rank<5,!node-role.kubernetes.io/control-plane'
  No resources found
  $ kubectl get pods -A -l 'k8s-app in (kube-dns,kube-proxy),k8s-app!=kube-proxy'
  NAMESPACE     NAME                       READY   STATUS    RESTARTS        AGE
  kube-system   coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
  kube-system   coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -A -l 'tier notin (control-plane), k8s-app == kube-dns'
  NAMESPACE     NAME                       READY   STATUS    RESTARTS        AGE
  kube-system   coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
  kube-system   coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h
  $ kubectl get pods -l 'app=('
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app=(", field selector "": unable to parse requirement: found '(', expected: identifier
  $ kubectl get pods -l 'app nginx'
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app nginx", field selector "": unable to parse requirement: found 'nginx', expected: in, notin, =, ==, !=, gt, lt
  $ kubectl get nodes -l 'rank>high'
  Error from server (BadRequest): Unable to find "/v1, Resource=nodes" that match label selector "rank>high", field selector "": unable to parse requirement: values[0]: Invalid value: "high": for 'Gt', 'Lt' operators, the value must be an integer
  $ kubectl delete pods -l 'app=web,'
  Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app=web,", field selector "": found '', expected: identifier after ','
  $ kubectl top pod -l 'app in (web'
  error: unable to parse requirement: found '', expected: ',' or ')'
  $ kubectl drain tk8s-worker1 --pod-selector 'app=('
  error: --pod-selector=<pod_selector> must be a valid label selector
