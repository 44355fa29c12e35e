An autoscaler on CPU utilization needs every container of the target's pods to request CPU:
utilization is use as a percentage of the request. Without one, the controller cannot compute
a replica count, says why in its conditions and events, and shows the metric as <unknown>.
Setting a request rolls out new pods, and the autoscaler starts working.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl autoscale deployment web --max=3 --cpu-percent=50
  horizontalpodautoscaler.autoscaling/web autoscaled
  $ kubectl get hpa web -o yaml
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "176"
    uid: c5708edf-4a0d-4658-949c-e8519bc41e41
  spec:
    maxReplicas: 3
    metrics:
    - resource:
        name: cpu
        target:
          averageUtilization: 50
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
  $ sleep 60
  $ kubectl get hpa
  NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   cpu: <unknown>/50%   1         3         1          60s
  $ kubectl describe hpa web
  Name:                                                  web
  Namespace:                                             default
  Labels:                                                <none>
  Annotations:                                           <none>
  CreationTimestamp:                                     Wed, 23 Apr 2025 07:25:00 +0000
  Reference:                                             Deployment/web
  Metrics:                                               ( current / target )
    resource cpu on pods  (as a percentage of request):  <unknown> / 50%
  Min replicas:                                          1
  Max replicas:                                          3
  Deployment pods:                                       1 current / 0 desired
  Conditions:
    Type           Status  Reason                   Message
    ----           ------  ------                   -------
    AbleToScale    True    SucceededGetScale        the HPA controller was able to get the target's current scale
    ScalingActive  False   FailedGetResourceMetric  the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj
  Events:
    Type     Reason                        Age                From                       Message
    ----     ------                        ----               ----                       -------
    Warning  FailedGetResourceMetric       30s (x2 over 45s)  horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
    Warning  FailedComputeMetricsReplicas  30s (x2 over 45s)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
    Warning  FailedGetResourceMetric       0s (x2 over 15s)   horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj
    Warning  FailedComputeMetricsReplicas  0s (x2 over 15s)   horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj
  $ kubectl get hpa web -o yaml
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "190"
    uid: c5708edf-4a0d-4658-949c-e8519bc41e41
  spec:
    maxReplicas: 3
    metrics:
    - resource:
        name: cpu
        target:
          averageUtilization: 50
          type: Utilization
      type: Resource
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
  status:
    conditions:
    - lastTransitionTime: "2025-04-23T07:25:15Z"
      message: the HPA controller was able to get the target's current scale
      reason: SucceededGetScale
      status: "True"
      type: AbleToScale
    - lastTransitionTime: "2025-04-23T07:25:15Z"
      message: 'the HPA was unable to compute the replica count: failed to get cpu utilization:
        missing request for cpu in container nginx of Pod web-65d846d465-c89zj'
      reason: FailedGetResourceMetric
      status: "False"
      type: ScalingActive
    currentMetrics:
    - type: ""
    currentReplicas: 1
    desiredReplicas: 0
  $ kubectl set resources deployment web --requests=cpu=100m
  deployment.apps/web resource requirements updated
  $ sleep 90
  $ kubectl get hpa
  NAME   REFERENCE        TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   cpu: 1%/50%   1         3         1          2m30s
  $ kubectl describe hpa web | sed -n '/Conditions/,$p'
  Conditions:
    Type            Status  Reason              Message
    ----            ------  ------              -------
    AbleToScale     True    ReadyForNewScale    recommended size matches current size
    ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
    ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
  Events:
    Type     Reason                        Age                  From                       Message
    ----     ------                        ----                 ----                       -------
    Warning  FailedGetResourceMetric       90s (x2 over 105s)   horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj
    Warning  FailedComputeMetricsReplicas  90s (x2 over 105s)   horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: missing request for cpu in container nginx of Pod web-65d846d465-c89zj
    Warning  FailedGetResourceMetric       60s (x4 over 2m15s)  horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
    Warning  FailedComputeMetricsReplicas  60s (x4 over 2m15s)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
