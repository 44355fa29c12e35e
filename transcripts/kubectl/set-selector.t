kubectl set selector replaces a Service's selector with the equality requirements given; it sends
its patch even when nothing changes, so an unchanged selector is still reported as updated.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ sleep 20
  $ kubectl set selector service web app=api
  service/web selector updated
  $ kubectl get endpoints web
  NAME   ENDPOINTS   AGE
  web    <none>      20s
  $ kubectl set selector svc/web app=web
  service/web selector updated
  $ kubectl set selector svc web app=web
  service/web selector updated
  $ kubectl get endpoints web
  NAME   ENDPOINTS                       AGE
  web    10.244.0.142:80,10.244.1.8:80   20s
  $ kubectl get svc web -o jsonpath='{.spec.selector}{"\n"}'
  {"app":"web"}
Only equality requirements fit a Service's selector; other kinds are refused.
  $ kubectl set selector svc web 'tier in (front,back),!canary'
  error: match expression [{canary DoesNotExist []} {tier In [back front]}] not supported on this object
  $ kubectl set selector svc web tier!=front
  error: "!=" is not a valid label selector operator
  $ kubectl set selector svc web 'app=a b'
  error: couldn't parse the selector string "app=a b": found 'b', expected: ',' or 'end of string'
  $ kubectl set selector deployment web app=web
  error: setting a selector is only supported for Services
  $ kubectl set selector svc web
  error: resource(s) were provided, but no name was specified
  $ kubectl set selector svc app=web
  error: resource(s) were provided, but no name was specified
  $ kubectl set selector svc nope app=web
  Error from server (NotFound): services "nope" not found
  $ kubectl set selector svc nope web app=web
  service/web selector updated
  Error from server (NotFound): services "nope" not found
  $ kubectl set selector svc web app=web -l app=web
  error: unknown shorthand flag: 'l' in -l
  See 'kubectl set selector --help' for usage.
--resource-version makes the change only while the object still has that version.
  $ kubectl set selector svc web app=web --resource-version=1
  Error from server (Conflict): Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again
A dry run prints the object as it would be and keeps nothing.
  $ kubectl set selector svc web app=api,tier=front --dry-run=client -o jsonpath='{.spec.selector}{"\n"}'
  {"app":"api","tier":"front"}
  $ kubectl set selector svc web app=api --dry-run=server
  service/web selector updated (server dry run)
  $ kubectl get svc web -o jsonpath='{.spec.selector}{"\n"}'
  {"app":"web"}
With --local the manifest is changed and printed as kubectl's typed object; nothing is sent.
  $ cat > svc.yaml <<EOF
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: api
  > spec:
  >   selector:
  >     app: api
  >   ports:
  >   - port: 80
  > EOF
  $ kubectl set selector --local -f svc.yaml app=api,tier=back -o yaml
  apiVersion: v1
  kind: Service
  metadata:
    creationTimestamp: null
    name: api
  spec:
    ports:
    - port: 80
      targetPort: 0
    selector:
      app: api
      tier: back
  status:
    loadBalancer: {}
  $ kubectl set selector --local -f svc.yaml '' -o json
  {
      "kind": "Service",
      "apiVersion": "v1",
      "metadata": {
          "name": "api",
          "creationTimestamp": null
      },
      "spec": {
          "ports": [
              {
                  "port": 80,
                  "targetPort": 0
              }
          ]
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl set selector --local -f svc.yaml app=x --resource-version=5 -o name
  service/api
  $ kubectl set selector --local service web app=x
  error: you must specify resources by --filename when --local is set.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
  $ kubectl create service clusterip my-svc --clusterip="None" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml | kubectl create -f -
  service/my-svc created
  $ kubectl get svc my-svc -o jsonpath='{.spec.selector}{"\n"}'
  {"environment":"qa"}
