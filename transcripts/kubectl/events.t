kubectl events prints its own table, not the server's Event table that `get events` shows: the
interval says how long ago an event was last seen and, for a repeated one, how often and since
when (`40s (x4 over 2m)`). Events come oldest first (by their last time), with a NAMESPACE
column under -A. The world's own events have expired (after an hour), so it starts empty.
  $ kubectl events
  No events found in default namespace.
  $ kubectl events -A
  No events found.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 20
  $ kubectl events
  LAST SEEN   TYPE     REASON              OBJECT                      MESSAGE
  20s         Normal   SuccessfulCreate    ReplicaSet/web-65d846d465   Created pod: web-65d846d465-c89zj
  20s         Normal   ScalingReplicaSet   Deployment/web              Scaled up replica set web-65d846d465 from 0 to 2
  20s         Normal   Scheduled           Pod/web-65d846d465-c89zj    Successfully assigned default/web-65d846d465-c89zj to tk8s-worker2
  20s         Normal   SuccessfulCreate    ReplicaSet/web-65d846d465   Created pod: web-65d846d465-c9dcc
  20s         Normal   Scheduled           Pod/web-65d846d465-c9dcc    Successfully assigned default/web-65d846d465-c9dcc to tk8s-worker1
  18s         Normal   Pulling             Pod/web-65d846d465-c89zj    Pulling image "nginx"
  18s         Normal   Pulling             Pod/web-65d846d465-c9dcc    Pulling image "nginx"
  14s         Normal   Created             Pod/web-65d846d465-c89zj    Created container: nginx
  14s         Normal   Created             Pod/web-65d846d465-c9dcc    Created container: nginx
  14s         Normal   Started             Pod/web-65d846d465-c9dcc    Started container nginx
  14s         Normal   Pulled              Pod/web-65d846d465-c9dcc    Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  14s         Normal   Started             Pod/web-65d846d465-c89zj    Started container nginx
  14s         Normal   Pulled              Pod/web-65d846d465-c89zj    Successfully pulled image "nginx" in 4.409s (4.409s including waiting). Image size: 72188133 bytes.
  $ kubectl events --for deployment/web
  LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
  20s         Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-65d846d465 from 0 to 2
  $ kubectl run crash --image=busybox -- sh -c 'exit 1'
  pod/crash created
  $ sleep 120
  $ kubectl events --for pod/crash
  LAST SEEN            TYPE      REASON      OBJECT      MESSAGE
  2m                   Normal    Scheduled   Pod/crash   Successfully assigned default/crash to tk8s-worker2
  118s                 Normal    Pulled      Pod/crash   Successfully pulled image "busybox" in 908ms (908ms including waiting). Image size: 2167176 bytes.
  44s (x5 over 118s)   Normal    Pulling     Pod/crash   Pulling image "busybox"
  43s (x5 over 118s)   Normal    Created     Pod/crash   Created container: crash
  43s (x5 over 118s)   Normal    Started     Pod/crash   Started container crash
  43s (x4 over 116s)   Normal    Pulled      Pod/crash   Successfully pulled image "busybox" in 800ms (800ms including waiting). Image size: 2167176 bytes.
  43s (x4 over 116s)   Warning   BackOff     Pod/crash   Back-off restarting failed container crash in pod crash_default(795db5ad-c646-4bd6-bb6f-146983a517d6)
  $ kubectl events --types=Warning -A --no-headers
  default   43s (x4 over 116s)   Warning   BackOff   Pod/crash   Back-off restarting failed container crash in pod crash_default(795db5ad-c646-4bd6-bb6f-146983a517d6)
  $ kubectl events --for=deploy/web -o yaml
  apiVersion: v1
  items:
  - apiVersion: v1
    count: 1
    eventTime: null
    firstTimestamp: "2025-04-23T07:25:00Z"
    involvedObject:
      apiVersion: apps/v1
      kind: Deployment
      name: web
      namespace: default
      resourceVersion: "165"
      uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
    kind: Event
    lastTimestamp: "2025-04-23T07:25:00Z"
    message: Scaled up replica set web-65d846d465 from 0 to 2
    metadata:
      creationTimestamp: "2025-04-23T07:25:00Z"
      name: web.1838e1c6e6eaf8a6
      namespace: default
      resourceVersion: "167"
      uid: 36f0cc89-4b48-4ab0-a402-7ae71992e320
    reason: ScalingReplicaSet
    reportingComponent: deployment-controller
    reportingInstance: ""
    source:
      component: deployment-controller
    type: Normal
  kind: EventList
  metadata: {}
  $ kubectl events --for=deploy/web -o name
  $ kubectl events --for=deploy/web -o jsonpath='{.items[*].reason}{"\n"}'
  ScalingReplicaSet

Refusals, word for word (the unknown type's message has no `error: ` prefix in kubectl 1.32).
  $ kubectl events --for web
  error: --for must be in resource/name form
  $ kubectl events --for deploy/web/x
  error: arguments in resource/name form may not have more than one slash
  $ kubectl events --for dep/web
  the server doesn't have a resource type "dep"
  $ kubectl events --types=Error
  error: valid --types are Normal or Warning
  $ kubectl events -o wide
  error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml

-w prints what is there, then each new event as it is recorded. kubectl flushes after every
event, so each line is laid out on its own; here the watch ends once a minute passes quietly.
  $ kubectl scale deployment web --replicas=3
  deployment.apps/web scaled
  $ kubectl events -w --for deployment/web
  LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
  2m20s       Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-65d846d465 from 0 to 2
  0s    Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-65d846d465 from 2 to 3
