Events repeat as one Event whose count and last time go up. Client-go's recorder also aggregates:
once one source has said 10 different things with the same reason about one object, each within
10 minutes of the last, further ones are counted on a single Event whose message reads
`(combined from similar events): ...` (the latest message). And its spam filter writes at most
25 events about one object at once, then one every 5 minutes, each carrying the count so far.
  $ kubectl create deployment web --image=nginx --replicas=12
  deployment.apps/web created
  $ sleep 5
  $ kubectl get events --field-selector involvedObject.kind=ReplicaSet --sort-by=.metadata.resourceVersion
  LAST SEEN   TYPE     REASON             OBJECT                      MESSAGE
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-2mvwh
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-2dwz6
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-ssx4f
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-bxvxb
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-rmw6d
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-dkdzh
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-qmfhp
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-tvm5p
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-mpffc
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   (combined from similar events): Created pod: web-65d846d465-jb72l
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}'
  1 Created pod: web-65d846d465-2mvwh
  1 Created pod: web-65d846d465-2dwz6
  1 Created pod: web-65d846d465-ssx4f
  1 Created pod: web-65d846d465-bxvxb
  1 Created pod: web-65d846d465-rmw6d
  1 Created pod: web-65d846d465-dkdzh
  1 Created pod: web-65d846d465-qmfhp
  1 Created pod: web-65d846d465-tvm5p
  1 Created pod: web-65d846d465-mpffc
  3 (combined from similar events): Created pod: web-65d846d465-jb72l
  $ kubectl scale deployment web --replicas=40
  deployment.apps/web scaled
  $ sleep 5
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}' | tail -1
  16 (combined from similar events): Created pod: web-65d846d465-9cvpb
  $ sleep 300
  $ kubectl scale deployment web --replicas=41
  deployment.apps/web scaled
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}' | tail -1
  32 (combined from similar events): Created pod: web-65d846d465-hw5w9
