kubectl delete removes objects named on the line, from a file, or picked with -l or --all;
--ignore-not-found quiets a missing name, and --dry-run only says what would go.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl run one --image=nginx
  pod/one created
  $ kubectl run two --image=nginx -l tier=batch
  pod/two created
  $ kubectl run three --image=nginx -l tier=batch
  pod/three created
  $ sleep 20
  $ kubectl delete
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl delete pod
  error: resource(s) were provided, but no name was specified
  $ kubectl delete pod nosuch
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl delete pod nosuch --ignore-not-found
  $ kubectl delete pod one nosuch
  pod "one" deleted
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl delete pods two --all
  error: name cannot be provided when a selector is specified
  $ kubectl delete pods --all -l tier=batch
  error: setting 'all' parameter but found a non empty selector. 
  $ kubectl delete pod two --now --grace-period=5
  error: --now and --grace-period cannot be specified together
  $ kubectl delete pod two --cascade=bogus
  error: invalid cascade value (bogus). Must be "background", "foreground", or "orphan"
  $ kubectl delete deploy web -o yaml
  error: unexpected -o output mode: yaml. We only support '-o name'
  $ kubectl delete deploy web --dry-run=client
  deployment.apps "web" deleted (dry run)
  $ kubectl delete deploy web --dry-run=server
  deployment.apps "web" deleted (server dry run)
  $ kubectl delete pods -l tier=batch -o name
  pod/three
  pod/two
  $ kubectl delete pods -l tier=batch
  No resources found
  $ kubectl delete -f /nonexist.yaml
  error: the path "/nonexist.yaml" does not exist
  $ cat <<EOF > web-svc.yaml
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - port: 80
  > EOF
  $ kubectl apply -f web-svc.yaml
  service/web created
  $ kubectl delete -f web-svc.yaml
  service "web" deleted
  $ kubectl delete -f web-svc.yaml
  Error from server (NotFound): error when deleting "web-svc.yaml": services "web" not found
  $ kubectl delete -f web-svc.yaml --ignore-not-found
  $ kubectl run four --image=nginx
  pod/four created
  $ kubectl run five --image=nginx
  pod/five created
  $ sleep 20
  $ kubectl delete pod four --force --grace-period=5
  error: --force and --grace-period greater than 0 cannot be specified together
  $ kubectl delete pod four --grace-period=0 --force
  Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.
  pod "four" force deleted
  $ kubectl delete pod five --now -o name
  pod/five
  $ kubectl get pods
  NAME                   READY   STATUS    RESTARTS   AGE
  goweb                  1/1     Running   0          96m
  web-65d846d465-c89zj   1/1     Running   0          43s
  web-65d846d465-c9dcc   1/1     Running   0          43s
  $ kubectl delete deploy web --cascade=orphan
  deployment.apps "web" deleted
  $ kubectl get rs,pods
  NAME                             DESIRED   CURRENT   READY   AGE
  replicaset.apps/web-65d846d465   2         2         2       43s
  
  NAME                       READY   STATUS    RESTARTS   AGE
  pod/goweb                  1/1     Running   0          96m
  pod/web-65d846d465-c89zj   1/1     Running   0          43s
  pod/web-65d846d465-c9dcc   1/1     Running   0          43s
  $ kubectl delete rs --all --wait=false
  replicaset.apps "web-65d846d465" deleted
  $ kubectl delete pods --all -n kube-public
  No resources found
