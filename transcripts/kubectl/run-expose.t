kubectl run --expose creates a ClusterIP Service beside the pod, selecting the pod's labels; the
Service is printed first, and as YAML it is followed by kubectl's own `---` before the printer's.
--port is required. --save-config records the pod as built in its last-applied annotation.
  $ kubectl run web --image=nginx --expose
  error: --port must be set when exposing a service
  See 'kubectl run -h' for help and examples
  $ kubectl run web --image=nginx --port=80 --expose --dry-run=client -o yaml
  apiVersion: v1
  kind: Service
  metadata:
    creationTimestamp: null
    name: web
  spec:
    ports:
    - port: 80
      protocol: TCP
      targetPort: 80
    selector:
      run: web
  status:
    loadBalancer: {}
  ---
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    creationTimestamp: null
    labels:
      run: web
    name: web
  spec:
    containers:
    - image: nginx
      name: web
      ports:
      - containerPort: 80
      resources: {}
    dnsPolicy: ClusterFirst
    restartPolicy: Always
  status: {}
  $ kubectl run web --image=nginx --port=80 --expose -l app=web,tier=front --dry-run=client
  service/web created (dry run)
  pod/web created (dry run)
  $ kubectl run web --image=nginx --port=80 --expose -l app=web
  service/web created
  pod/web created
  $ kubectl get svc web --show-labels
  NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   LABELS
  web    ClusterIP   10.98.0.44   <none>        80/TCP    0s    app=web
  $ sleep 10
  $ kubectl get endpoints web
  NAME   ENDPOINTS       AGE
  web    10.244.1.8:80   10s
  $ kubectl run web --image=nginx --port=80 --expose
  Error from server (AlreadyExists): pods "web" already exists
  $ kubectl run saved --image=nginx --save-config
  pod/saved created
  $ kubectl get pod saved -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'
  {"kind":"Pod","apiVersion":"v1","metadata":{"name":"saved","creationTimestamp":null,"labels":{"run":"saved"}},"spec":{"containers":[{"name":"saved","image":"nginx","resources":{}}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst"},"status":{}}
