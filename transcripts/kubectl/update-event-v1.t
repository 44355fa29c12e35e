An events.k8s.io/v1 Event is updated as the core Event it is stored as: through that API only
its metadata and series may change (ValidateEventUpdate), so a new note, reason or type is
refused as immutable, while labels and annotations are kept and seen from both APIs.
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
  $ sed -i 's/The tutor looked at this pod/Looked again/' ev.yaml
  $ kubectl replace -f ev.yaml
  The Event "goweb.checked" is invalid: message: Invalid value: "Looked again": field is immutable
  $ kubectl apply -f ev.yaml
  Warning: resource events/goweb.checked is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
  The Event "goweb.checked" is invalid: message: Invalid value: "Looked again": field is immutable
  $ kubectl patch events.events.k8s.io goweb.checked --type=merge -p '{"reason":"Other","type":"Warning"}'
  The Event "goweb.checked" is invalid: 
  * reason: Invalid value: "Other": field is immutable
  * type: Invalid value: "Warning": field is immutable
  $ kubectl patch events.events.k8s.io goweb.checked --type=merge -p '{"regarding":{"name":"other"}}'
  The Event "goweb.checked" is invalid: involvedObject: Invalid value: core.ObjectReference{Kind:"Pod", Namespace:"default", Name:"other", UID:"", APIVersion:"v1", ResourceVersion:"", FieldPath:""}: field is immutable
  $ kubectl label events.events.k8s.io goweb.checked checked=yes
  event.events.k8s.io/goweb.checked labeled
  $ kubectl patch events.events.k8s.io goweb.checked --type=merge -p '{"metadata":{"annotations":{"by":"tutor"}}}'
  event.events.k8s.io/goweb.checked patched
  $ kubectl get ev goweb.checked -o jsonpath='{.metadata.labels} {.metadata.annotations} {.message}{"\n"}'
  {"checked":"yes"} {"by":"tutor"} The tutor looked at this pod
  $ kubectl get events.events.k8s.io goweb.checked -o jsonpath='{.metadata.labels} {.metadata.annotations} {.note}{"\n"}'
  {"checked":"yes"} {"by":"tutor"} The tutor looked at this pod
  $ kubectl annotate ev goweb.checked seen=core
  event/goweb.checked annotated
  $ kubectl get events.events.k8s.io goweb.checked -o jsonpath='{.metadata.annotations}{"\n"}'
  {"by":"tutor","seen":"core"}
