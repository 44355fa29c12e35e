The Kubernetes Basics tutorial's app, gcr.io/google-samples/kubernetes-bootcamp:v1: a Node.js
server on port 8080 that answers every path with the name of the pod it runs in ($HOSTNAME)
and logs when it started (console.log's ISO time, then the blank line its "\n" leaves).
  $ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
  deployment.apps/kubernetes-bootcamp created
  $ sleep 60
  $ kubectl get deployments
  NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
  kubernetes-bootcamp   1/1     1            1           60s
  $ export POD_NAME=$(kubectl get pods -l app=kubernetes-bootcamp -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}')
  $ echo Name of the Pod: $POD_NAME
  Name of the Pod: kubernetes-bootcamp-9bc58d867-c89zj
  $ kubectl describe pod $POD_NAME | grep Pulled
    Normal  Pulled     54s   kubelet            Successfully pulled image "gcr.io/google-samples/kubernetes-bootcamp:v1" in 4.982s (4.982s including waiting). Image size: 83642968 bytes.
  $ kubectl logs $POD_NAME
  Kubernetes Bootcamp App Started At: 2025-04-23T07:25:06.150Z | Running On:  kubernetes-bootcamp-9bc58d867-c89zj 
  
  $ kubectl exec $POD_NAME -- curl -s http://localhost:8080
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
  $ kubectl exec $POD_NAME -- curl -sI http://localhost:8080/any/path
  HTTP/1.1 200 OK
  Content-Type: text/plain
  Date: Wed, 23 Apr 2025 07:26:00 GMT
  Connection: keep-alive
  
  $ kubectl exec $POD_NAME -- grep PRETTY /etc/os-release
  PRETTY_NAME="Debian GNU/Linux 8 (jessie)"
Exposed on a NodePort, and through kubectl proxy to the pod's port.
  $ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
  service/kubernetes-bootcamp exposed
  $ export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
  $ curl http://172.22.0.2:$NODE_PORT
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
  $ kubectl proxy > /dev/null &
  [1] 2482
  $ curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
Scaled to two, each pod answers with its own name.
  $ kubectl scale deployment kubernetes-bootcamp --replicas=2
  deployment.apps/kubernetes-bootcamp scaled
  $ sleep 30
  $ kubectl get pods -l app=kubernetes-bootcamp -o name
  pod/kubernetes-bootcamp-9bc58d867-7lb9r
  pod/kubernetes-bootcamp-9bc58d867-c89zj
  $ for p in $(kubectl get pods -l app=kubernetes-bootcamp -o name); do kubectl exec $p -- curl -s localhost:8080; done
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-7lb9r | v=1
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
The shell the image's command runs under ignores SIGTERM: a deleted pod takes its 30 second
grace period to go.
  $ kubectl delete pod $POD_NAME --wait=false
  pod "kubernetes-bootcamp-9bc58d867-c89zj" deleted
  $ sleep 29
  $ kubectl get pod $POD_NAME
  NAME                                  READY   STATUS        RESTARTS   AGE
  kubernetes-bootcamp-9bc58d867-c89zj   1/1     Terminating   0          119s
  $ sleep 1
  $ kubectl get pod $POD_NAME
  Error from server (NotFound): pods "kubernetes-bootcamp-9bc58d867-c89zj" not found
