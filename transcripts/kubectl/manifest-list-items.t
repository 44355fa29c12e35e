kubectl flattens a List into its items and maps each one alone: an item of a kind the cluster
does not serve is reported after the others are done. Checked against kubectl 1.32.
  $ cat > mixed.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: Widget
  >   metadata:
  >     name: w1
  > - apiVersion: v1
  >   kind: ConfigMap
  >   metadata:
  >     name: c1
  > EOF
  $ kubectl apply -f mixed.yaml
  configmap/c1 created
  unable to recognize no matches for kind "Widget" in version "v1"
  $ echo $?
  1
  $ kubectl get -f mixed.yaml
  NAME   DATA   AGE
  c1     0      0s
  unable to recognize no matches for kind "Widget" in version "v1"
  $ kubectl get -f mixed.yaml -o name
  unable to recognize no matches for kind "Widget" in version "v1"
  $ kubectl delete -f mixed.yaml
  configmap "c1" deleted
  unable to recognize no matches for kind "Widget" in version "v1"
  $ kubectl create -f mixed.yaml --dry-run=client -o name
  configmap/c1
  unable to recognize no matches for kind "Widget" in version "v1"
Two unknown items: apply and create print one a line, get gathers them in brackets.
  $ cat > unknown.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: Widget
  >   metadata:
  >     name: w1
  > - apiVersion: example.com/v1
  >   kind: Gadget
  >   metadata:
  >     name: g1
  > EOF
  $ kubectl create -f unknown.yaml
  unable to recognize no matches for kind "Widget" in version "v1"
  unable to recognize no matches for kind "Gadget" in version "example.com/v1"
  $ kubectl get -f unknown.yaml
  [unable to recognize no matches for kind "Widget" in version "v1", unable to recognize no matches for kind "Gadget" in version "example.com/v1"]
  $ kubectl delete -f unknown.yaml
  unable to recognize no matches for kind "Widget" in version "v1"
  unable to recognize no matches for kind "Gadget" in version "example.com/v1"
An item with neither kind nor apiVersion takes nothing from a plain List: validation names what
is missing, and without it the item cannot be typed.
  $ cat > untyped.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - metadata:
  >     name: c1
  >   data:
  >     a: b
  > EOF
  $ kubectl apply -f untyped.yaml
  error: error validating "untyped.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false
  $ kubectl apply -f untyped.yaml --validate=false
  unable to get type info from the object "*unstructured.Unstructured": Object 'Kind' is missing in 'object has no kind field '
  $ kubectl get -f untyped.yaml
  unable to get type info from the object "*unstructured.Unstructured": Object 'Kind' is missing in 'object has no kind field '
  $ printf 'apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  metadata:\n    name: c1\n' | kubectl create -f -
  error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false
  $ printf 'apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  metadata:\n    name: c1\n' | kubectl delete -f -
  unable to get type info from the object "*unstructured.Unstructured": Object 'apiVersion' is missing in 'object has no apiVersion field'
An item that is not an object cannot be decoded.
  $ printf 'apiVersion: v1\nkind: List\nitems:\n- hello\n' | kubectl apply -f - --validate=false
  error: unable to decode "STDIN": json: cannot unmarshal string into Go value of type map[string]interface {}
  $ printf 'apiVersion: v1\nkind: List\nitems:\n- hello\n- metadata: {}\n' | kubectl apply -f -
  error: error validating "STDIN": error validating data: [invalid object to validate, apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false
A List inside a List is not flattened: kubectl stops at it.
  $ cat > nested.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: List
  >   items:
  >   - apiVersion: v1
  >     kind: ConfigMap
  >     metadata:
  >       name: c2
  > - apiVersion: v1
  >   kind: ConfigMap
  >   metadata:
  >     name: c1
  > EOF
  $ kubectl apply -f nested.yaml
  error: *unstructured.Unstructured is not a list: no Items field in this object
  $ kubectl get -f nested.yaml
  *unstructured.Unstructured is not a list: no Items field in this object
  $ kubectl delete -f nested.yaml
  error: *unstructured.Unstructured is not a list: no Items field in this object
A manifest missing only its kind is named alone, without brackets.
  $ printf 'apiVersion: v1\nmetadata:\n  name: w\n' | kubectl apply -f -
  error: error validating "STDIN": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false
The verbs that act on live objects go on past an item they cannot map, and report it after.
  $ kubectl apply -f mixed.yaml --validate=false 2>/dev/null
  configmap/c1 created
  $ kubectl label -f mixed.yaml tier=web
  configmap/c1 labeled
  unable to recognize no matches for kind "Widget" in version "v1"
  $ kubectl annotate -f unknown.yaml note=x
  unable to recognize no matches for kind "Widget" in version "v1"
  unable to recognize no matches for kind "Gadget" in version "example.com/v1"
  $ kubectl describe -f unknown.yaml
  [unable to recognize no matches for kind "Widget" in version "v1", unable to recognize no matches for kind "Gadget" in version "example.com/v1"]
  $ kubectl replace -f mixed.yaml
  configmap/c1 replaced
  unable to recognize no matches for kind "Widget" in version "v1"
  $ kubectl describe -f mixed.yaml > described.txt
  unable to recognize no matches for kind "Widget" in version "v1"
  $ head -2 described.txt
  Name:         c1
  Namespace:    default
diff gives up at such a list before it compares anything.
  $ kubectl diff -f mixed.yaml
  error: unable to recognize no matches for kind "Widget" in version "v1"
  $ echo $?
  2
  $ kubectl diff -f unknown.yaml
  unable to recognize no matches for kind "Widget" in version "v1"
  unable to recognize no matches for kind "Gadget" in version "example.com/v1"
  $ echo $?
  2
An object a list item names that is missing is one of the list's errors: get's table printers
show it as Go's bare error text, and a missing object of its own document as Error from server.
  $ cat > saved.yaml <<EOF
  > apiVersion: v1
  > kind: List
  > items:
  > - apiVersion: v1
  >   kind: ConfigMap
  >   metadata:
  >     name: c9
  > - apiVersion: v1
  >   kind: ConfigMap
  >   metadata:
  >     name: kube-root-ca.crt
  > EOF
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c9\n' > single.yaml
  $ kubectl get -f saved.yaml
  NAME               DATA   AGE
  kube-root-ca.crt   1      46h
  configmaps "c9" not found
  $ kubectl get -f saved.yaml -o name
  Error from server (NotFound): configmaps "c9" not found
  $ kubectl get -f single.yaml -f saved.yaml
  NAME               DATA   AGE
  kube-root-ca.crt   1      46h
  Error from server (NotFound): configmaps "c9" not found
  configmaps "c9" not found
  $ kubectl get -f saved.yaml --ignore-not-found
  NAME               DATA   AGE
  kube-root-ca.crt   1      46h
  $ kubectl get -f single.yaml -f saved.yaml -o name
  configmap/kube-root-ca.crt
  Error from server (NotFound): configmaps "c9" not found
  Error from server (NotFound): configmaps "c9" not found
