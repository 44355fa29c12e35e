An autoscaling/v2 HorizontalPodAutoscaler can name five kinds of metric. Resource and
ContainerResource metrics come from metrics-server, which the lab runs; Pods and Object metrics
would come from a custom metrics API and External ones from an external metrics API, and the lab
registers neither. The controller then reports each failure as an event, shows <unknown> for
those metrics, and marks ScalingActive False while no metric gives a replica count.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl set resources deployment web --requests=cpu=100m
  deployment.apps/web resource requirements updated
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: custom
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: web
  >   maxReplicas: 5
  >   metrics:
  >   - type: Pods
  >     pods:
  >       metric:
  >         name: packets-per-second
  >       target:
  >         type: AverageValue
  >         averageValue: 1k
  > EOF
  horizontalpodautoscaler.autoscaling/custom created
  $ sleep 60
  $ kubectl get hpa custom
  NAME     REFERENCE        TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
  custom   Deployment/web   <unknown>/1k   1         5         1          60s
  $ kubectl describe hpa custom
  Name:                            custom
  Namespace:                       default
  Labels:                          <none>
  Annotations:                     <none>
  CreationTimestamp:               Wed, 23 Apr 2025 07:25:00 +0000
  Reference:                       Deployment/web
  Metrics:                         ( current / target )
    "packets-per-second" on pods:  <unknown> / 1k
  Min replicas:                    1
  Max replicas:                    5
  Deployment pods:                 1 current / 0 desired
  Conditions:
    Type           Status  Reason               Message
    ----           ------  ------               -------
    AbleToScale    True    SucceededGetScale    the HPA controller was able to get the target's current scale
    ScalingActive  False   FailedGetPodsMetric  the HPA was unable to compute the replica count: unable to get metric packets-per-second: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered
  Events:
    Type     Reason                        Age               From                       Message
    ----     ------                        ----              ----                       -------
    Warning  FailedGetPodsMetric           0s (x4 over 45s)  horizontal-pod-autoscaler  unable to get metric packets-per-second: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered
    Warning  FailedComputeMetricsReplicas  0s (x4 over 45s)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get pods metric value: unable to get metric packets-per-second: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered
  $ kubectl delete hpa custom
  horizontalpodautoscaler.autoscaling "custom" deleted
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: mixed
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: web
  >   minReplicas: 1
  >   maxReplicas: 5
  >   metrics:
  >   - type: ContainerResource
  >     containerResource:
  >       name: cpu
  >       container: nginx
  >       target:
  >         type: Utilization
  >         averageUtilization: 60
  >   - type: Object
  >     object:
  >       metric:
  >         name: requests-per-second
  >       describedObject:
  >         apiVersion: networking.k8s.io/v1
  >         kind: Ingress
  >         name: main-route
  >       target:
  >         type: Value
  >         value: 10k
  >   - type: External
  >     external:
  >       metric:
  >         name: queue_messages_ready
  >         selector:
  >           matchLabels:
  >             queue: worker_tasks
  >       target:
  >         type: AverageValue
  >         averageValue: "30"
  > EOF
  horizontalpodautoscaler.autoscaling/mixed created
  $ sleep 60
  $ kubectl get hpa
  NAME    REFERENCE        TARGETS                                  MINPODS   MAXPODS   REPLICAS   AGE
  mixed   Deployment/web   cpu: 1%/60%, <unknown>/10k + 1 more...   1         5         1          60s
  $ kubectl describe hpa mixed
  Name:                                                                       mixed
  Namespace:                                                                  default
  Labels:                                                                     <none>
  Annotations:                                                                <none>
  CreationTimestamp:                                                          Wed, 23 Apr 2025 07:26:00 +0000
  Reference:                                                                  Deployment/web
  Metrics:                                                                    ( current / target )
    resource cpu of container "nginx" on pods  (as a percentage of request):  1% (1m) / 60%
    "requests-per-second" on Ingress/main-route (target value):               <unknown> / 10k
    "queue_messages_ready" (target average value):                            <unknown> / 30
  Min replicas:                                                               1
  Max replicas:                                                               5
  Deployment pods:                                                            1 current / 1 desired
  Conditions:
    Type            Status  Reason              Message
    ----            ------  ------              -------
    AbleToScale     True    ReadyForNewScale    recommended size matches current size
    ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu container resource utilization (percentage of request)
    ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
  Events:
    Type     Reason                   Age               From                       Message
    ----     ------                   ----              ----                       -------
    Warning  FailedGetObjectMetric    0s (x4 over 45s)  horizontal-pod-autoscaler  unable to get metric requests-per-second: Ingress on default main-route/unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered
    Warning  FailedGetExternalMetric  0s (x4 over 45s)  horizontal-pod-autoscaler  unable to get external metric default/queue_messages_ready/&LabelSelector{MatchLabels:map[string]string{queue: worker_tasks,},MatchExpressions:[]LabelSelectorRequirement{},}: unable to fetch metrics from external metrics API: the server could not find the requested resource (get queue_messages_ready.external.metrics.k8s.io)
