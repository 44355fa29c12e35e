kubectl rollout follows and steers a deployment's rollouts: status waits for it, history lists
the revisions, undo goes back, restart rolls the pods, pause and resume hold changes.
  $ kubectl create deployment web --image=nginx:1.26 --replicas=2
  deployment.apps/web created
  $ kubectl rollout status deployment/web
  Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
  deployment "web" successfully rolled out
  $ kubectl set image deployment/web nginx=nginx:1.27
  deployment.apps/web image updated
  $ kubectl rollout status deploy web --timeout=5s
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  error: timed out waiting for the condition
  $ kubectl rollout status deploy web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl rollout history deployment web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         <none>
  
  $ kubectl rollout history deployment web --revision=2
  deployment.apps/web with revision #2
  Pod Template:
    Labels:	app=web
  	pod-template-hash=796cf5c97c
    Containers:
     nginx:
      Image:	nginx:1.27
      Port:	<none>
      Host Port:	<none>
      Environment:	<none>
      Mounts:	<none>
    Volumes:	<none>
    Node-Selectors:	<none>
    Tolerations:	<none>
  
  $ kubectl rollout history deployment web --revision=9
  error: unable to find the specified revision
  $ kubectl rollout history deployment web --revision=-1
  error: revision must be a positive integer: -1
  $ kubectl rollout undo deployment web --to-revision=9
  error: unable to find specified revision 9 in history
  $ kubectl rollout undo deployment web
  deployment.apps/web rolled back
  $ kubectl rollout status deployment web
  Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
  Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
  deployment "web" successfully rolled out
  $ kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'
  nginx:1.26 (no-eol)
  $ kubectl rollout history deploy/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  2         <none>
  3         <none>
  
  $ kubectl rollout restart deployment web
  deployment.apps/web restarted
  $ kubectl rollout pause deployment web
  deployment.apps/web paused
  $ kubectl rollout pause deployment web
  error: deployments.apps "web" is already paused
  $ kubectl rollout restart deployment web
  error: deployments.apps "web" can't restart paused deployment (run rollout resume first)
  $ kubectl rollout resume deployment web
  deployment.apps/web resumed
  $ kubectl rollout resume deployment web
  error: deployments.apps "web" is not paused
  $ kubectl rollout
  Work with the rollouts of a Deployment, DaemonSet or StatefulSet: each change of its pod
  template is a new revision. Only a Deployment can be paused.
  
  Commands:
    status      Follow a rollout until it has finished
    history     List the revisions that are kept
    undo        Go back to the previous revision, or to --to-revision=N
    restart     Replace every pod, one step at a time
    pause       Stop rolling out template changes until resumed
    resume      Roll out again what changed while paused
  
  Examples:
    kubectl rollout status deployment/web
    kubectl rollout history deploy web
    kubectl rollout undo deployment/web --to-revision=1
    kubectl -n kube-system rollout status daemonset/kube-proxy
  
  Options:
        --to-revision=N     (undo) The revision to go back to; 0 means the one before
        --timeout=DURATION  (status) Give up after this long, such as 2m
    -w, --watch=false       (status) Print the status once instead of following it
    -f, --filename=[]       Files, directories or - (standard input) holding the manifests
    -k, --kustomize=''      A kustomization directory whose built objects are used instead
    -R, --recursive=false   Read the directories given with -f and those below them
  
  Usage:
    kubectl rollout SUBCOMMAND [options]
  
  Use "kubectl rollout <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl rollout status
  error: required resource not specified
  $ kubectl rollout bogus deploy/web
  error: unknown command "bogus deploy/web"
  See 'kubectl rollout -h' for help and examples
  $ kubectl rollout status deploy/nosuch
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl rollout restart deploy/web --dry-run=client
  error: unknown flag: --dry-run
  See 'kubectl rollout restart --help' for usage.
  $ kubectl run lone --image=nginx
  pod/lone created
  $ kubectl rollout status pod/lone
  error: no status viewer has been implemented for Pod
  $ kubectl rollout history pod/lone
  error: no history viewer has been implemented for "Pod"
  $ kubectl rollout undo pod/lone
  error: no rollbacker has been implemented for "Pod"
  $ kubectl rollout restart pod/lone
  error: pods "lone" restarting is not supported
  $ kubectl rollout pause pod/lone
  error: pods "lone" pausing is not supported
  $ kubectl rollout status daemonset/canal -n kube-system
  daemon set "canal" successfully rolled out
  $ kubectl rollout history daemonset/canal -n kube-system
  daemonset.apps/canal 
  REVISION  CHANGE-CAUSE
  1         <none>
  
  $ kubectl rollout history daemonset/canal -n kube-system --revision=1 | head -4
  daemonset.apps/canal with revision #1
  Pod Template:
    Labels:	k8s-app=canal
    Service Account:	canal
A client dry run of undo shows the pod template it would go back to and changes nothing; with
-o it prints the Deployment as it is now. A DaemonSet with one revision has none to go back to.
  $ kubectl rollout undo deployment web --dry-run=client
  deployment.apps/web Pod Template:
    Labels:	app=web
  	pod-template-hash=569696d9f6
    Containers:
     nginx:
      Image:	nginx:1.26
      Port:	<none>
      Host Port:	<none>
      Environment:	<none>
      Mounts:	<none>
    Volumes:	<none>
    Node-Selectors:	<none>
    Tolerations:	<none>
   (dry run)
  $ kubectl rollout undo deployment web --dry-run=client -o name
  deployment.apps/web
  $ kubectl rollout undo deployment web --dry-run=client -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
  nginx:1.26
  $ kubectl rollout undo deployment web --dry-run=server
  deployment.apps/web rolled back (server dry run)
  $ kubectl rollout undo deployment web --to-revision=99 --dry-run=client
  error: unable to find specified revision 99 in history
  $ kubectl rollout undo daemonset/canal -n kube-system --dry-run=client
  error: no last revision to roll back to

A flag the subcommand lacks names the subcommand's help.
  $ kubectl rollout restart deployment --all
  error: unknown flag: --all
  See 'kubectl rollout restart --help' for usage.
  $ kubectl rollout undo deployment/x --all
  error: unknown flag: --all
  See 'kubectl rollout undo --help' for usage.
