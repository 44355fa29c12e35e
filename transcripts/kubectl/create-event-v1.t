An Event created through events.k8s.io/v1 is stored as the core Event it converts to; that
API asks more of a new event than the core one does: an event time, the reporting controller
and instance, an action, a reason and a type, and none of the deprecated fields.
  $ cat > ev.yaml <<'EOF'
  > apiVersion: events.k8s.io/v1
  > kind: Event
  > metadata:
  >   name: goweb.checked
  > eventTime: "2025-04-23T07:25:00.000000Z"
  > reportingController: example.com/tutor
  > reportingInstance: tutor-1
  > action: Check
  > reason: Checked
  > note: The tutor looked at this pod
  > type: Normal
  > regarding:
  >   apiVersion: v1
  >   kind: Pod
  >   name: goweb
  >   namespace: default
  > EOF
  $ kubectl create -f ev.yaml
  event.events.k8s.io/goweb.checked created
  $ kubectl get events.events.k8s.io goweb.checked -o yaml
  action: Check
  apiVersion: events.k8s.io/v1
  deprecatedFirstTimestamp: null
  deprecatedLastTimestamp: null
  deprecatedSource: {}
  eventTime: "2025-04-23T07:25:00.000000Z"
  kind: Event
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: goweb.checked
    namespace: default
    resourceVersion: "165"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  note: The tutor looked at this pod
  reason: Checked
  regarding:
    apiVersion: v1
    kind: Pod
    name: goweb
    namespace: default
  reportingController: example.com/tutor
  reportingInstance: tutor-1
  type: Normal
  $ kubectl get ev goweb.checked -o yaml
  action: Check
  apiVersion: v1
  eventTime: "2025-04-23T07:25:00.000000Z"
  firstTimestamp: null
  involvedObject:
    apiVersion: v1
    kind: Pod
    name: goweb
    namespace: default
  kind: Event
  lastTimestamp: null
  message: The tutor looked at this pod
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: goweb.checked
    namespace: default
    resourceVersion: "165"
    uid: 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  reason: Checked
  reportingComponent: example.com/tutor
  reportingInstance: tutor-1
  source: {}
  type: Normal
  $ kubectl get ev --field-selector reason=Checked
  LAST SEEN   TYPE     REASON    OBJECT      MESSAGE
  0s          Normal   Checked   pod/goweb   The tutor looked at this pod
  $ kubectl create -f ev.yaml
  Error from server (AlreadyExists): error when creating "ev.yaml": events "goweb.checked" already exists
  $ cat > bad.yaml <<'EOF'
  > apiVersion: events.k8s.io/v1
  > kind: Event
  > metadata:
  >   name: bad
  > note: no time, no controller
  > deprecatedCount: 3
  > EOF
  $ kubectl create -f bad.yaml
  The Event "bad" is invalid: 
  * eventTime: Required value
  * type: Invalid value: "": has invalid value: 
  * count: Invalid value: "": needs to be unset
