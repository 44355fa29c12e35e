kubectl label sets and removes labels: a key already set changes only with --overwrite, KEY-
removes one, --list shows them, and -l or --all picks the objects.
  $ kubectl run web --image=nginx -l app=web
  pod/web created
  $ kubectl run api --image=nginx -l app=api
  pod/api created
  $ sleep 20
  $ kubectl label
  error: one or more resources must be specified as <resource> <name> or <resource>/<name>
  $ kubectl label pod web
  error: at least one label update is required
  $ kubectl label pod web app=other
  error: 'app' already has a value (web), and --overwrite is false
  $ kubectl label pod web app=other --overwrite
  pod/web labeled
  $ kubectl label pod web tier=front env=dev
  pod/web labeled
  $ kubectl label pod web --list
  app=other
  env=dev
  tier=front
  $ kubectl label pod web env-
  pod/web unlabeled
  $ kubectl label pod web nothere-
  label "nothere" not found.
  pod/web not labeled
  $ kubectl label pod web a=1 a-
  error: can not both modify and remove a label in the same command
  $ kubectl label pod web 'a=b c'
  error: invalid label value: "a=b c": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')
  $ kubectl label pod web owner=me --dry-run=client -o yaml | head -8
  apiVersion: v1
  kind: Pod
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    labels:
      app: other
      owner: me
      tier: front
  $ kubectl get pod web --show-labels
  NAME   READY   STATUS    RESTARTS   AGE   LABELS
  web    1/1     Running   0          20s   app=other,tier=front
  $ kubectl label pods --all -l app=api x=y
  error: cannot set --all and --selector at the same time
  $ kubectl label pods -l app=api reviewed=yes
  pod/api labeled
  $ kubectl label pods --all reviewed=yes --overwrite -o name
  pod/api
  pod/goweb
  pod/web
  $ kubectl label pods --all --list
  Listing labels for Pod./api:
   app=api
   reviewed=yes
  Listing labels for Pod./goweb:
   reviewed=yes
   run=goweb
  Listing labels for Pod./web:
   app=other
   reviewed=yes
   tier=front
  $ kubectl label pod nosuch a=b
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl label node tk8s-worker1 disk=ssd
  node/tk8s-worker1 labeled
  $ kubectl get nodes -l disk=ssd
  NAME           STATUS   ROLES    AGE   VERSION
  tk8s-worker1   Ready    <none>   46h   v1.32.2
  $ kubectl label node tk8s-worker1 disk-
  node/tk8s-worker1 unlabeled
The apiserver checks every label key as a qualified name (an optional DNS-subdomain prefix and
a slash, then at most 63 letters, digits, '-', '_' or '.'); kubectl checks the value first.
  $ kubectl label pod web 'bad key=1'
  The Pod "web" is invalid: metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
  $ kubectl label pod web 'example.com/a/b=1'
  The Pod "web" is invalid: metadata.labels: Invalid value: "example.com/a/b": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')
  $ kubectl label pod web 'Example.com/tier=1'
  The Pod "web" is invalid: metadata.labels: Invalid value: "Example.com/tier": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
  $ kubectl label pod web 'tier=front end'
  error: invalid label value: "tier=front end": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: ConfigMap
  > metadata:
  >   name: labelled
  >   labels:
  >     "team name": core
  > EOF
  The ConfigMap "labelled" is invalid: metadata.labels: Invalid value: "team name": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
