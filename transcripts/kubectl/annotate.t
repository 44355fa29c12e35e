kubectl annotate writes notes on objects: a value already set changes only with --overwrite,
KEY- removes one, and --all or -l picks the objects by type.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl annotate deployment web owner=team-a ticket=OPS-12
  deployment.apps/web annotated
  $ kubectl annotate deployment web owner=team-b
  error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (team-a)
  $ kubectl annotate deployment web owner=team-b --overwrite
  deployment.apps/web annotated
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.owner}'
  team-b (no-eol)
  $ kubectl annotate deploy/web ticket- note=ok --dry-run=client -o yaml | grep -A4 annotations
    annotations:
      deployment.kubernetes.io/revision: "1"
      note: ok
      owner: team-b
    creationTimestamp: "2025-04-23T07:25:00Z"
  $ kubectl annotate deploy/web ticket-
  deployment.apps/web annotated
  $ kubectl annotate deployment web --list
  deployment.kubernetes.io/revision=1
  owner=team-b
  $ sleep 20
  $ kubectl annotate pods -l app=web reviewed=yes
  pod/web-65d846d465-c89zj annotated
  pod/web-65d846d465-c9dcc annotated
  $ kubectl annotate pods --all checked=today -o name
  pod/goweb
  pod/web-65d846d465-c89zj
  pod/web-65d846d465-c9dcc
  $ kubectl annotate pods -l app=web --list
  Listing annotations for Pod./web-65d846d465-c89zj:
   checked=today
   reviewed=yes
  Listing annotations for Pod./web-65d846d465-c9dcc:
   checked=today
   reviewed=yes
  $ kubectl label pods -l app=web tier=web
  pod/web-65d846d465-c89zj labeled
  pod/web-65d846d465-c9dcc labeled
  $ kubectl label pods --all reviewed=yes --overwrite
  pod/goweb labeled
  pod/web-65d846d465-c89zj labeled
  pod/web-65d846d465-c9dcc labeled
  $ kubectl annotate pod goweb
  error: at least one annotation update is required
  $ kubectl annotate pod goweb a=1 a-
  error: can not both modify and remove the following annotation(s) in the same command: a
  $ kubectl annotate pod goweb a=1 extra
  error: all resources must be specified before annotation changes: extra
  $ kubectl annotate pods --all -l app=web x=y
  error: cannot set --all and --selector at the same time
  $ kubectl annotate pod nosuch a=1
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl annotate pod a=1
  error: resource(s) were provided, but no name was specified
  $ kubectl annotate a=1
  error: one or more resources must be specified as <resource> <name> or <resource>/<name>
