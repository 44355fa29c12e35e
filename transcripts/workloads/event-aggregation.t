Events repeat as one Event whose count and last time go up. Client-go's recorder also aggregates:
once one source has said 10 different things with the same reason about one object, each within
10 minutes of the last, further ones are counted on a single Event whose message reads
`(combined from similar events): ...` (the latest message). And its spam filter writes at most
25 events about one object at once, then one every 5 minutes, each carrying the count so far.
The combined Event is made anew, without the reporting controller and instance the recorder
gives the others.
  $ kubectl create deployment web --image=nginx --replicas=12
  deployment.apps/web created
  $ sleep 5
  $ kubectl get events --field-selector involvedObject.kind=ReplicaSet --sort-by=.metadata.resourceVersion
  LAST SEEN   TYPE     REASON             OBJECT                      MESSAGE
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-c89zj
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-c9dcc
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-9sjxk
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-tl7pz
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-9cvsj
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-b9r48
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-thcnp
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-n2w8l
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   Created pod: web-65d846d465-l9qcl
  5s          Normal   SuccessfulCreate   replicaset/web-65d846d465   (combined from similar events): Created pod: web-65d846d465-m8n2q
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}'
  1 Created pod: web-65d846d465-c89zj
  1 Created pod: web-65d846d465-c9dcc
  1 Created pod: web-65d846d465-9sjxk
  1 Created pod: web-65d846d465-tl7pz
  1 Created pod: web-65d846d465-9cvsj
  1 Created pod: web-65d846d465-b9r48
  1 Created pod: web-65d846d465-thcnp
  1 Created pod: web-65d846d465-n2w8l
  1 Created pod: web-65d846d465-l9qcl
  3 (combined from similar events): Created pod: web-65d846d465-m8n2q
  $ kubectl scale deployment web --replicas=40
  deployment.apps/web scaled
  $ sleep 5
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}' | tail -1
  16 (combined from similar events): Created pod: web-65d846d465-w8fh6
  $ sleep 300
  $ kubectl scale deployment web --replicas=41
  deployment.apps/web scaled
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}{.count} {.message}{"\n"}{end}' | tail -1
  32 (combined from similar events): Created pod: web-65d846d465-n8zbq
  $ kubectl get events --field-selector reason=SuccessfulCreate --sort-by=.metadata.resourceVersion -o jsonpath='{range .items[*]}[{.reportingComponent}] {.source.component}{"\n"}{end}' | tail -2
  [replicaset-controller] replicaset-controller
  [] replicaset-controller
