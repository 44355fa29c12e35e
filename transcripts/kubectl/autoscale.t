kubectl autoscale sends an autoscaling/v1 HorizontalPodAutoscaler; the apiserver keeps it as
autoscaling/v2, with the CPU target as a metric (80% unless --cpu-percent says otherwise).
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=60 --dry-run=client -o yaml
  apiVersion: autoscaling/v1
  kind: HorizontalPodAutoscaler
  metadata:
    creationTimestamp: null
    name: web
  spec:
    maxReplicas: 5
    minReplicas: 2
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
    targetCPUUtilizationPercentage: 60
  status:
    currentReplicas: 0
    desiredReplicas: 0
  $ kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=60
  horizontalpodautoscaler.autoscaling/web autoscaled
  $ kubectl autoscale deploy/web --max=3 --name=web-default
  horizontalpodautoscaler.autoscaling/web-default autoscaled
  $ kubectl get hpa
  NAME          REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
  web           Deployment/web   cpu: <unknown>/60%   2         5         0          0s
  web-default   Deployment/web   cpu: <unknown>/80%   1         3         0          0s
  $ kubectl get hpa web-default -o yaml
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web-default
    namespace: default
    resourceVersion: "182"
    uid: 35faa4b8-82cc-446a-b401-0a11644ceaee
  spec:
    maxReplicas: 3
    metrics:
    - resource:
        name: cpu
        target:
          averageUtilization: 80
          type: Utilization
      type: Resource
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
  status:
    currentMetrics: null
    desiredReplicas: 0
  $ kubectl autoscale deployment web --max=4
  Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "web" already exists
  $ kubectl autoscale deployment web --min=3 --max=2
  error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 3
  $ kubectl autoscale deployment web --max=0
  error: --max=MAXPODS is required and must be at least 1, max: 0
  $ kubectl autoscale deployment web
  error: required flag(s) "max" not set
  $ kubectl autoscale pod goweb --max=3
  error: cannot autoscale a Pod: could not find scale subresource for /v1, Resource=pods in discovery information
  $ kubectl autoscale daemonset kube-proxy -n kube-system --max=3
  error: cannot autoscale a DaemonSet: could not find scale subresource for apps/v1, Resource=daemonsets in discovery information
  $ kubectl autoscale deployment nosuch --max=3
  Error from server (NotFound): deployments.apps "nosuch" not found
