The Kubernetes documentation's HorizontalPodAutoscaler walkthrough: php-apache serves a page
that burns CPU on every request, an autoscaler keeps its pods at 50% of their CPU request, and
a busybox loop calling the Service is the load. The generator runs detached here (the docs
attach to it with -i --tty and stop it with Ctrl+C); deleting it stops the load.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: php-apache
  > spec:
  >   selector:
  >     matchLabels:
  >       run: php-apache
  >   template:
  >     metadata:
  >       labels:
  >         run: php-apache
  >     spec:
  >       containers:
  >       - name: php-apache
  >         image: registry.k8s.io/hpa-example
  >         ports:
  >         - containerPort: 80
  >         resources:
  >           limits:
  >             cpu: 500m
  >           requests:
  >             cpu: 200m
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: php-apache
  >   labels:
  >     run: php-apache
  > spec:
  >   ports:
  >   - port: 80
  >   selector:
  >     run: php-apache
  > EOF
  deployment.apps/php-apache created
  service/php-apache created
  $ kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10
  horizontalpodautoscaler.autoscaling/php-apache autoscaled
  $ kubectl get hpa
  NAME         REFERENCE               TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: <unknown>/50%   1         10        0          0s
The controller syncs every 15 seconds; metrics-server needs two scrapes of a new pod.
  $ sleep 60
  $ kubectl get hpa
  NAME         REFERENCE               TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 0%/50%   1         10        1          60s
  $ kubectl run load-generator --image=busybox:1.28 --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"
  pod/load-generator created
One pod at its 500m limit is 250% of its request: the controller wants 5 but may at most
double (at least 4) in one step.
  $ sleep 30
  $ kubectl get hpa php-apache
  NAME         REFERENCE               TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 83%/50%   1         10        4          90s
  $ kubectl get deployment php-apache
  NAME         READY   UP-TO-DATE   AVAILABLE   AGE
  php-apache   4/5     5            4           90s
New pods count only once they are ready and sampled; then 4 pods at 83% want 7.
  $ sleep 150
  $ kubectl get hpa php-apache
  NAME         REFERENCE               TARGETS        MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 48%/50%   1         10        7          4m
  $ kubectl top pods -l run=php-apache
  NAME                          CPU(cores)   MEMORY(bytes)   
  php-apache-6487c65df8-c89zj   96m          11Mi            
  php-apache-6487c65df8-clhgr   96m          11Mi            
  php-apache-6487c65df8-d6k98   96m          11Mi            
  php-apache-6487c65df8-sbkhg   96m          11Mi            
  php-apache-6487c65df8-sxs2m   96m          11Mi            
  php-apache-6487c65df8-tccm6   96m          11Mi            
  php-apache-6487c65df8-v9rr8   96m          11Mi            
  $ kubectl describe hpa php-apache
  Name:                                                  php-apache
  Namespace:                                             default
  Labels:                                                <none>
  Annotations:                                           <none>
  CreationTimestamp:                                     Wed, 23 Apr 2025 07:25:00 +0000
  Reference:                                             Deployment/php-apache
  Metrics:                                               ( current / target )
    resource cpu on pods  (as a percentage of request):  48% (96m) / 50%
  Min replicas:                                          1
  Max replicas:                                          10
  Deployment pods:                                       7 current / 7 desired
  Conditions:
    Type            Status  Reason              Message
    ----            ------  ------              -------
    AbleToScale     True    ReadyForNewScale    recommended size matches current size
    ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
    ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
  Events:
    Type     Reason                        Age                    From                       Message
    ----     ------                        ----                   ----                       -------
    Warning  FailedGetResourceMetric       3m30s (x2 over 3m45s)  horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
    Warning  FailedComputeMetricsReplicas  3m30s (x2 over 3m45s)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
    Normal   SuccessfulRescale             2m45s                  horizontal-pod-autoscaler  New size: 4; reason: cpu resource utilization (percentage of request) above target
    Normal   SuccessfulRescale             2m30s                  horizontal-pod-autoscaler  New size: 5; reason:
    Normal   SuccessfulRescale             105s                   horizontal-pod-autoscaler  New size: 7; reason: cpu resource utilization (percentage of request) above target
Stop the load. Usage drops at once, but a scale down waits until the higher recommendations
of the last five minutes have aged out.
  $ kubectl delete pod load-generator --now
  pod "load-generator" deleted
  $ sleep 60
  $ kubectl get hpa php-apache
  NAME         REFERENCE               TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 0%/50%   1         10        7          5m1s
  $ kubectl describe hpa php-apache | grep -A5 Conditions
  Conditions:
    Type            Status  Reason               Message
    ----            ------  ------               -------
    AbleToScale     True    ScaleDownStabilized  recent recommendations were higher than current one, applying the highest recent recommendation
    ScalingActive   True    ValidMetricFound     the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
    ScalingLimited  False   DesiredWithinRange   the desired count is within the acceptable range
  $ sleep 300
  $ kubectl get hpa php-apache
  NAME         REFERENCE               TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 0%/50%   1         10        1          10m
  $ kubectl get deployment php-apache
  NAME         READY   UP-TO-DATE   AVAILABLE   AGE
  php-apache   1/1     1            1           10m
  $ kubectl get events --field-selector involvedObject.kind=HorizontalPodAutoscaler
  LAST SEEN   TYPE      REASON                         OBJECT                               MESSAGE
  9m31s       Warning   FailedGetResourceMetric        horizontalpodautoscaler/php-apache   failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
  9m31s       Warning   FailedComputeMetricsReplicas   horizontalpodautoscaler/php-apache   invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
  8m46s       Normal    SuccessfulRescale              horizontalpodautoscaler/php-apache   New size: 4; reason: cpu resource utilization (percentage of request) above target
  8m31s       Normal    SuccessfulRescale              horizontalpodautoscaler/php-apache   New size: 5; reason:
  7m46s       Normal    SuccessfulRescale              horizontalpodautoscaler/php-apache   New size: 7; reason: cpu resource utilization (percentage of request) above target
  46s         Normal    SuccessfulRescale              horizontalpodautoscaler/php-apache   New size: 1; reason: All metrics below target
