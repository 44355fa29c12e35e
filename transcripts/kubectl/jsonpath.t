jsonpath templates: fields, ranges, filters, slices, recursive descent, escapes, quoting, and the
errors kubectl gives for bad templates and (with --allow-missing-template-keys=false) missing keys.
  $ kubectl get pods -n kube-system -l k8s-app=kube-dns -o jsonpath='{.items[*].metadata.name}'
  coredns-66967f4c59-sc4gn coredns-66967f4c59-zkpkl (no-eol)
  $ echo
  
  $ kubectl get pods -n kube-system -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.podIP}{"\n"}{end}'
  calico-kube-controllers-6b65fb5f89-66t62	10.244.0.15
  canal-9dc5v	172.22.0.2
  canal-ql5xj	172.22.0.3
  canal-rv6n7	172.22.0.1
  coredns-66967f4c59-sc4gn	10.244.0.13
  coredns-66967f4c59-zkpkl	10.244.0.14
  etcd-tk8s-control-plane	172.22.0.1
  kube-apiserver-tk8s-control-plane	172.22.0.1
  kube-controller-manager-tk8s-control-plane	172.22.0.1
  kube-proxy-4g4b7	172.22.0.3
  kube-proxy-lstnd	172.22.0.2
  kube-proxy-tpn5w	172.22.0.1
  kube-scheduler-tk8s-control-plane	172.22.0.1
  metrics-server-8467fcc7b7-d9x4b	10.244.0.140
  $ kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}: {.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}'
  tk8s-control-plane: True
  tk8s-worker1: True
  tk8s-worker2: True
  $ kubectl get pod coredns-66967f4c59-sc4gn -n kube-system -o jsonpath='{.spec.containers[0].ports[?(@.protocol=="TCP")].containerPort}{"\n"}{..image}{"\n"}{.spec.tolerations[?(@.tolerationSeconds>=300)].key}{"\n"}'
  53 9153
  registry.k8s.io/coredns/coredns:v1.11.3 registry.k8s.io/coredns/coredns:v1.11.3
  node.kubernetes.io/not-ready node.kubernetes.io/unreachable
  $ kubectl get pod coredns-66967f4c59-sc4gn -n kube-system -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/restartedAt}{"\n"}{.metadata.labels.k8s-app}{"\n"}{.spec.containers[*].ports[0:2].name}{"\n"}{.spec.containers[-1:].name}{"\n"}'
  2025-04-21T09:06:02Z
  kube-dns
  dns dns-tcp
  coredns
  $ kubectl get pods -n kube-system -o jsonpath="{.items[0:3]['metadata.name']}{'\n'}"
  calico-kube-controllers-6b65fb5f89-66t62 canal-9dc5v canal-ql5xj
  $ kubectl get pod goweb -o jsonpath='{.spec.containers[0].resources}{"|"}{.metadata.labels}{"|"}{.status.containerStatuses[0].restartCount}{"|"}{.nope}{"\n"}'
  {}|{"run":"goweb"}|0|
  $ kubectl get pod goweb -o jsonpath-as-json='{.metadata.name}{.spec.containers[*].ports[*].containerPort}'
  [
      "goweb"
  ]
  [
      8080
  ]
  $ kubectl get pod goweb -o jsonpath='{.metadata.name'
  error: error parsing jsonpath {.metadata.name, unclosed action
  $ kubectl get pod goweb -o jsonpath='{.spec.containers[?(@.name=="goweb" && @.image)]}'
  error: error parsing jsonpath {.spec.containers[?(@.name=="goweb" && @.image)]}, unrecognized character in action: U+0026 '&'
  $ kubectl get pod goweb -o jsonpath='{.spec.containers[x]}'
  error: error parsing jsonpath {.spec.containers[x]}, invalid array index x
  $ kubectl get pod goweb -o jsonpath=
  error: template format specified but no template given
  $ kubectl get pod goweb -o jsonpath='{.spec.containers[3].name}'
  error: error executing jsonpath "{.spec.containers[3].name}": Error executing template: array index out of bounds: index 3, length 1. Printing more information for debugging the template:
  	template was:
  		{.spec.containers[3].name}
  	object given to jsonpath engine was:
  		map[string]interface {}{"apiVersion":"v1", "kind":"Pod", "metadata":map[string]interface {}{"creationTimestamp":"2025-04-23T05:49:37Z", "labels":map[string]interface {}{"run":"goweb"}, "name":"goweb", "namespace":"default", "resourceVersion":"87", "uid":"24fbb503-1a1f-4923-9620-66a21ff6bd80"}, "spec":map[string]interface {}{"containers":[]interface {}{map[string]interface {}{"image":"dkreg.taroko:5000/goweb:1.0", "imagePullPolicy":"IfNotPresent", "name":"goweb", "ports":[]interface {}{map[string]interface {}{"containerPort":8080, "protocol":"TCP"}}, "resources":map[string]interface {}{}, "terminationMessagePath":"/dev/termination-log", "terminationMessagePolicy":"File", "volumeMounts":[]interface {}{map[string]interface {}{"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount", "name":"kube-api-access-pz6tj", "readOnly":true}}}}, "dnsPolicy":"ClusterFirst", "enableServiceLinks":true, "nodeName":"tk8s-worker1", "preemptionPolicy":"PreemptLowerPriority", "priority":0, "restartPolicy":"Always", "schedulerName":"default-scheduler", "securityContext":map[string]interface {}{}, "serviceAccount":"default", "serviceAccountName":"default", "terminationGracePeriodSeconds":30, "tolerations":[]interface {}{map[string]interface {}{"effect":"NoExecute", "key":"node.kubernetes.io/not-ready", "operator":"Exists", "tolerationSeconds":300}, map[string]interface {}{"effect":"NoExecute", "key":"node.kubernetes.io/unreachable", "operator":"Exists", "tolerationSeconds":300}}, "volumes":[]interface {}{map[string]interface {}{"name":"kube-api-access-pz6tj", "projected":map[string]interface {}{"defaultMode":420, "sources":[]interface {}{map[string]interface {}{"serviceAccountToken":map[string]interface {}{"expirationSeconds":3607, "path":"token"}}, map[string]interface {}{"configMap":map[string]interface {}{"items":[]interface {}{map[string]interface {}{"key":"ca.crt", "path":"ca.crt"}}, "name":"kube-root-ca.crt"}}, map[string]interface {}{"downwardAPI":map[string]interface {}{"items":[]interface {}{map[string]interface {}{"fieldRef":map[string]interface {}{"apiVersion":"v1", "fieldPath":"metadata.namespace"}, "path":"namespace"}}}}}}}}}, "status":map[string]interface {}{"conditions":[]interface {}{map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"PodReadyToStartContainers"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:37Z", "status":"True", "type":"Initialized"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"Ready"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"ContainersReady"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:37Z", "status":"True", "type":"PodScheduled"}}, "containerStatuses":[]interface {}{map[string]interface {}{"containerID":"containerd://c4cd3d1bd3e2dc16ba320b1648db92820561c791c592ab51f6f0128fcd4d37bf", "image":"dkreg.taroko:5000/goweb:1.0", "imageID":"dkreg.taroko:5000/goweb@sha256:2588fa6c8be404c374872f741495c3cefdc48edaf4cbc1561f49e4e8da88bf71", "lastState":map[string]interface {}{}, "name":"goweb", "ready":true, "restartCount":0, "started":true, "state":map[string]interface {}{"running":map[string]interface {}{"startedAt":"2025-04-23T05:49:39Z"}}}}, "hostIP":"172.22.0.2", "hostIPs":[]interface {}{map[string]interface {}{"ip":"172.22.0.2"}}, "phase":"Running", "podIP":"10.244.0.141", "podIPs":[]interface {}{map[string]interface {}{"ip":"10.244.0.141"}}, "qosClass":"BestEffort", "startTime":"2025-04-23T05:49:37Z"}}
  
  
  $ kubectl get pod goweb -o jsonpath='{.spec.nope}' --allow-missing-template-keys=false
  error: error executing jsonpath "{.spec.nope}": Error executing template: nope is not found. Printing more information for debugging the template:
  	template was:
  		{.spec.nope}
  	object given to jsonpath engine was:
  		map[string]interface {}{"apiVersion":"v1", "kind":"Pod", "metadata":map[string]interface {}{"creationTimestamp":"2025-04-23T05:49:37Z", "labels":map[string]interface {}{"run":"goweb"}, "name":"goweb", "namespace":"default", "resourceVersion":"87", "uid":"24fbb503-1a1f-4923-9620-66a21ff6bd80"}, "spec":map[string]interface {}{"containers":[]interface {}{map[string]interface {}{"image":"dkreg.taroko:5000/goweb:1.0", "imagePullPolicy":"IfNotPresent", "name":"goweb", "ports":[]interface {}{map[string]interface {}{"containerPort":8080, "protocol":"TCP"}}, "resources":map[string]interface {}{}, "terminationMessagePath":"/dev/termination-log", "terminationMessagePolicy":"File", "volumeMounts":[]interface {}{map[string]interface {}{"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount", "name":"kube-api-access-pz6tj", "readOnly":true}}}}, "dnsPolicy":"ClusterFirst", "enableServiceLinks":true, "nodeName":"tk8s-worker1", "preemptionPolicy":"PreemptLowerPriority", "priority":0, "restartPolicy":"Always", "schedulerName":"default-scheduler", "securityContext":map[string]interface {}{}, "serviceAccount":"default", "serviceAccountName":"default", "terminationGracePeriodSeconds":30, "tolerations":[]interface {}{map[string]interface {}{"effect":"NoExecute", "key":"node.kubernetes.io/not-ready", "operator":"Exists", "tolerationSeconds":300}, map[string]interface {}{"effect":"NoExecute", "key":"node.kubernetes.io/unreachable", "operator":"Exists", "tolerationSeconds":300}}, "volumes":[]interface {}{map[string]interface {}{"name":"kube-api-access-pz6tj", "projected":map[string]interface {}{"defaultMode":420, "sources":[]interface {}{map[string]interface {}{"serviceAccountToken":map[string]interface {}{"expirationSeconds":3607, "path":"token"}}, map[string]interface {}{"configMap":map[string]interface {}{"items":[]interface {}{map[string]interface {}{"key":"ca.crt", "path":"ca.crt"}}, "name":"kube-root-ca.crt"}}, map[string]interface {}{"downwardAPI":map[string]interface {}{"items":[]interface {}{map[string]interface {}{"fieldRef":map[string]interface {}{"apiVersion":"v1", "fieldPath":"metadata.namespace"}, "path":"namespace"}}}}}}}}}, "status":map[string]interface {}{"conditions":[]interface {}{map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"PodReadyToStartContainers"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:37Z", "status":"True", "type":"Initialized"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"Ready"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:39Z", "status":"True", "type":"ContainersReady"}, map[string]interface {}{"lastProbeTime":interface {}(nil), "lastTransitionTime":"2025-04-23T05:49:37Z", "status":"True", "type":"PodScheduled"}}, "containerStatuses":[]interface {}{map[string]interface {}{"containerID":"containerd://c4cd3d1bd3e2dc16ba320b1648db92820561c791c592ab51f6f0128fcd4d37bf", "image":"dkreg.taroko:5000/goweb:1.0", "imageID":"dkreg.taroko:5000/goweb@sha256:2588fa6c8be404c374872f741495c3cefdc48edaf4cbc1561f49e4e8da88bf71", "lastState":map[string]interface {}{}, "name":"goweb", "ready":true, "restartCount":0, "started":true, "state":map[string]interface {}{"running":map[string]interface {}{"startedAt":"2025-04-23T05:49:39Z"}}}}, "hostIP":"172.22.0.2", "hostIPs":[]interface {}{map[string]interface {}{"ip":"172.22.0.2"}}, "phase":"Running", "podIP":"10.244.0.141", "podIPs":[]interface {}{map[string]interface {}{"ip":"10.244.0.141"}}, "qosClass":"BestEffort", "startTime":"2025-04-23T05:49:37Z"}}
  
  
  $ kubectl get pods -n kube-system -o custom-columns='NAME:.metadata.name,READY:.status.conditions[?(@.type=="Ready")].status,PORTS:.spec.containers[*].ports[*].containerPort' --sort-by=.metadata.name
  NAME                                         READY   PORTS
  calico-kube-controllers-6b65fb5f89-66t62     True    <none>
  canal-9dc5v                                  True    <none>
  canal-ql5xj                                  True    <none>
  canal-rv6n7                                  True    <none>
  coredns-66967f4c59-sc4gn                     True    53,53,9153
  coredns-66967f4c59-zkpkl                     True    53,53,9153
  etcd-tk8s-control-plane                      True    <none>
  kube-apiserver-tk8s-control-plane            True    <none>
  kube-controller-manager-tk8s-control-plane   True    <none>
  kube-proxy-4g4b7                             True    <none>
  kube-proxy-lstnd                             True    <none>
  kube-proxy-tpn5w                             True    <none>
  kube-scheduler-tk8s-control-plane            True    <none>
  metrics-server-8467fcc7b7-d9x4b              True    10250
  $ kubectl config view -o jsonpath='{.contexts[*].name}{"\n"}{.clusters[0].cluster.server}{"\n"}'
  kubernetes-admin@tk8s
  https://172.22.0.1:6443
A custom column that fails still leaves the header (and earlier rows) printed, as kubectl flushes them.
  $ kubectl get pods -o custom-columns='NAME:.metadata.name,SECOND:.spec.containers[1].name'
  NAME   SECOND
  error: array index out of bounds: index 1, length 1
  $ kubectl get pods -o custom-columns='NAME:.metadata.name,BAD:.spec.containers[0'
  NAME   BAD
  error: unterminated array
