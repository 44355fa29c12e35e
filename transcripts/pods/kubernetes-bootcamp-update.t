The bootcamp app logs a line for each request it answers, however the request reaches it: the
pod's name, the requests this process has answered, the seconds since it started listening (a
JavaScript number) and the time.
  $ kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
  deployment.apps/kubernetes-bootcamp created
  $ kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080
  service/kubernetes-bootcamp exposed
  $ sleep 60
  $ export POD_NAME=$(kubectl get pods -l app=kubernetes-bootcamp -o jsonpath='{.items[0].metadata.name}')
  $ export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
  $ kubectl exec $POD_NAME -- curl -s localhost:8080
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
  $ sleep 1
  $ curl -s http://172.22.0.2:$NODE_PORT/any/path
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-9bc58d867-c89zj | v=1
  $ kubectl proxy > /dev/null &
  [1] 2482
  $ curl -sI http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/
  HTTP/1.1 200 OK
  Audit-Id: 313717f6-47b6-410f-8a0a-dd0816e1c696
  Cache-Control: no-cache, private
  Content-Type: text/plain
  Date: Wed, 23 Apr 2025 07:26:01 GMT
  
  $ kubectl logs $POD_NAME
  Kubernetes Bootcamp App Started At: 2025-04-23T07:25:06.150Z | Running On:  kubernetes-bootcamp-9bc58d867-c89zj 
  
  Running On: kubernetes-bootcamp-9bc58d867-c89zj | Total Requests: 1 | App Uptime: 53.85 seconds | Log Time: 2025-04-23T07:26:00.000Z
  Running On: kubernetes-bootcamp-9bc58d867-c89zj | Total Requests: 2 | App Uptime: 54.85 seconds | Log Time: 2025-04-23T07:26:01.000Z
  Running On: kubernetes-bootcamp-9bc58d867-c89zj | Total Requests: 3 | App Uptime: 54.85 seconds | Log Time: 2025-04-23T07:26:01.000Z
  $ kubectl logs $POD_NAME --tail=1 --timestamps
  2025-04-23T07:26:01.000000000Z Running On: kubernetes-bootcamp-9bc58d867-c89zj | Total Requests: 3 | App Uptime: 54.85 seconds | Log Time: 2025-04-23T07:26:01.000Z
The tutorial's second version, jocatalin/kubernetes-bootcamp:v2 on Docker Hub, answers with
v=2; a new process counts its requests from one again.
  $ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2
  deployment.apps/kubernetes-bootcamp image updated
  $ kubectl rollout status deployments/kubernetes-bootcamp
  Waiting for deployment "kubernetes-bootcamp" rollout to finish: 1 old replicas are pending termination...
  deployment "kubernetes-bootcamp" successfully rolled out
  $ sleep 30
  $ kubectl get pods -l app=kubernetes-bootcamp
  NAME                                  READY   STATUS    RESTARTS   AGE
  kubernetes-bootcamp-c8bff69bf-zm6jd   1/1     Running   0          36s
  $ curl -s http://172.22.0.2:$NODE_PORT
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-c8bff69bf-zm6jd | v=2
  $ kubectl describe pods -l app=kubernetes-bootcamp | grep -E 'Image:|Pulled'
      Image:          jocatalin/kubernetes-bootcamp:v2
    Normal  Pulled     30s   kubelet            Successfully pulled image "jocatalin/kubernetes-bootcamp:v2" in 4.982s (4.982s including waiting). Image size: 83643004 bytes.
  $ kubectl logs deployment/kubernetes-bootcamp
  Kubernetes Bootcamp App Started At: 2025-04-23T07:26:07.150Z | Running On:  kubernetes-bootcamp-c8bff69bf-zm6jd 
  
  Running On: kubernetes-bootcamp-c8bff69bf-zm6jd | Total Requests: 1 | App Uptime: 30.832 seconds | Log Time: 2025-04-23T07:26:37.982Z
A tag that does not exist is not pulled; undoing the rollout goes back to the revision before,
the one that answers v=2.
  $ kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
  deployment.apps/kubernetes-bootcamp image updated
  $ sleep 10
  $ kubectl get pods -l app=kubernetes-bootcamp
  NAME                                   READY   STATUS             RESTARTS   AGE
  kubernetes-bootcamp-75bd5fd495-m94xv   0/1     ImagePullBackOff   0          10s
  kubernetes-bootcamp-c8bff69bf-zm6jd    1/1     Running            0          46s
  $ kubectl rollout undo deployments/kubernetes-bootcamp
  deployment.apps/kubernetes-bootcamp rolled back
  $ kubectl rollout status deployments/kubernetes-bootcamp
  deployment "kubernetes-bootcamp" successfully rolled out
  $ sleep 30
  $ curl -s http://172.22.0.2:$NODE_PORT
  Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-c8bff69bf-zm6jd | v=2
An HTTP probe is a request like any other: the app logs each one the kubelet sends.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: probed
  > spec:
  >   containers:
  >   - name: app
  >     image: gcr.io/google-samples/kubernetes-bootcamp:v1
  >     readinessProbe:
  >       httpGet:
  >         path: /
  >         port: 8080
  >       periodSeconds: 5
  > EOF
  pod/probed created
  $ sleep 20
  $ kubectl logs probed
  Kubernetes Bootcamp App Started At: 2025-04-23T07:27:19.150Z | Running On:  probed 
  
  Running On: probed | Total Requests: 1 | App Uptime: 0.832 seconds | Log Time: 2025-04-23T07:27:19.982Z
  Running On: probed | Total Requests: 2 | App Uptime: 2.85 seconds | Log Time: 2025-04-23T07:27:22.000Z
  Running On: probed | Total Requests: 3 | App Uptime: 7.85 seconds | Log Time: 2025-04-23T07:27:27.000Z
  Running On: probed | Total Requests: 4 | App Uptime: 12.85 seconds | Log Time: 2025-04-23T07:27:32.000Z
  Running On: probed | Total Requests: 5 | App Uptime: 17.85 seconds | Log Time: 2025-04-23T07:27:37.000Z
