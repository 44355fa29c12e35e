kubectl top reads the metrics API that metrics-server serves: node usage with its share of
allocatable, pod and container usage, sorting and sums. A new pod has no metrics until
metrics-server has scraped it twice (--metric-resolution=15s). With metrics-server down the
aggregator cannot serve the registered API (503); with its APIService gone, discovery has no
metrics API at all.
  $ kubectl top node
  NAME                 CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
  tk8s-control-plane   175m         4%       1197Mi          7%          
  tk8s-worker1         82m          2%       783Mi           4%          
  tk8s-worker2         78m          1%       766Mi           4%          
  $ kubectl top pod -n kube-system --sort-by=cpu
  NAME                                         CPU(cores)   MEMORY(bytes)   
  kube-apiserver-tk8s-control-plane            46m          262Mi           
  canal-9dc5v                                  23m          131Mi           
  canal-ql5xj                                  23m          131Mi           
  canal-rv6n7                                  23m          131Mi           
  etcd-tk8s-control-plane                      23m          58Mi            
  kube-controller-manager-tk8s-control-plane   17m          51Mi            
  kube-scheduler-tk8s-control-plane            4m           23Mi            
  metrics-server-8467fcc7b7-d9x4b              4m           20Mi            
  coredns-66967f4c59-sc4gn                     3m           15Mi            
  coredns-66967f4c59-zkpkl                     3m           15Mi            
  calico-kube-controllers-6b65fb5f89-66t62     2m           15Mi            
  kube-proxy-4g4b7                             1m           17Mi            
  kube-proxy-lstnd                             1m           17Mi            
  kube-proxy-tpn5w                             1m           17Mi            
  $ kubectl top pod -n kube-system -l k8s-app=kube-dns --containers --sum
  POD                        NAME      CPU(cores)   MEMORY(bytes)   
  coredns-66967f4c59-sc4gn   coredns   3m           15Mi            
  coredns-66967f4c59-zkpkl   coredns   3m           15Mi            
                                       ________     ________        
                                       6m           30Mi            
  $ kubectl run web --image=nginx
  pod/web created
  $ kubectl top pod web
  Error from server (NotFound): podmetrics.metrics.k8s.io "default/web" not found
  $ kubectl delete pod goweb --now
  pod "goweb" deleted
  $ kubectl top pod
  error: metrics not available yet
  $ sleep 40
  $ kubectl top pod --no-headers
  web   1m   9Mi   
  $ kubectl top pod -A --sort-by=memory | head -4
  NAMESPACE            NAME                                         CPU(cores)   MEMORY(bytes)   
  kube-system          kube-apiserver-tk8s-control-plane            46m          262Mi           
  kube-system          canal-9dc5v                                  23m          131Mi           
  kube-system          canal-ql5xj                                  23m          131Mi           
  $ kubectl top node tk8s-worker9
  Error from server (NotFound): nodemetrics.metrics.k8s.io "tk8s-worker9" not found
  $ kubectl top pod web -l run=web
  error: only one of NAME or selector can be provided
  $ kubectl top pod --sort-by=disk
  error: --sort-by accepts only cpu or memory
  $ kubectl -n kube-system scale deployment metrics-server --replicas=0
  deployment.apps/metrics-server scaled
  $ sleep 60
  $ kubectl top node
  Error from server (ServiceUnavailable): the server is currently unable to handle the request (get nodes.metrics.k8s.io)
  $ kubectl top pod
  Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)
  $ kubectl top pod web
  Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io web)
  $ kubectl delete apiservice v1beta1.metrics.k8s.io
  apiservice.apiregistration.k8s.io "v1beta1.metrics.k8s.io" deleted
  $ kubectl top node
  error: Metrics API not available
  $ kubectl top pod
  error: Metrics API not available
A flag error names the subcommand by its name, whichever alias was typed.
  $ kubectl top po --foo
  error: unknown flag: --foo
  See 'kubectl top pod --help' for usage.
  $ kubectl top nodes --containers
  error: unknown flag: --containers
  See 'kubectl top node --help' for usage.
