kubectl wait moves the lab's clock until each object meets the condition, or the timeout
(30s unless given) runs out.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl wait --for=condition=Available deployment/web --timeout=2m
  deployment.apps/web condition met
  $ kubectl get pods -l app=web
  NAME                   READY   STATUS    RESTARTS   AGE
  web-65d846d465-c89zj   1/1     Running   0          6s
  web-65d846d465-c9dcc   1/1     Running   0          6s
  $ kubectl wait --for=condition=Ready pods -l app=web
  pod/web-65d846d465-c89zj condition met
  pod/web-65d846d465-c9dcc condition met
  $ kubectl wait --for=jsonpath='{.status.phase}'=Running pod/goweb
  pod/goweb condition met
  $ kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deploy/web -o name
  deployment.apps/web
  $ kubectl create job pi --image=busybox -- sleep 20
  job.batch/pi created
  $ kubectl wait --for=condition=Complete job/pi --timeout=5s
  error: timed out waiting for the condition on jobs/pi
  $ kubectl wait --for=condition=Complete job/pi --timeout=60s
  job.batch/pi condition met
  $ kubectl delete pod goweb --wait=false
  pod "goweb" deleted
  $ kubectl wait --for=delete pod/goweb --timeout=60s
  pod/goweb condition met
  $ kubectl wait --for=delete pod/goweb
  $ kubectl wait --for=condition=Ready pod/nosuch --timeout=0
  Error from server (NotFound): pods "nosuch" not found
  $ kubectl wait --for=condition=Progressing=False deployment/web --timeout=0
  error: condition not met for deployments/web
  $ kubectl wait --for=condition=Ready pods --all --timeout=0
  pod/web-65d846d465-c89zj condition met
  pod/web-65d846d465-c9dcc condition met
  error: condition not met for pods/pi-m6jdk
  $ kubectl wait --for=condition=Ready pods -l app=none
  error: no matching resources found
  $ kubectl wait pod/goweb
  error: unrecognized condition: ""
  $ kubectl wait --for=ready pod/goweb
  error: unrecognized condition: "ready"
  $ kubectl wait --for=jsonpath='{.status.phase}'= pod/goweb
  error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3
  $ kubectl wait --for=condition=Ready --timeout=10 pods --all
  error: invalid argument "10" for "--timeout" flag: time: missing unit in duration "10"
  See 'kubectl wait --help' for usage.
  $ kubectl wait --for=condition=Ready pods
  error: resource(s) were provided, but no name was specified
  $ kubectl wait --for=condition=Ready
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
