The apiserver's OIDC discovery for service account tokens: the provider configuration names
the issuer (kubeadm's https://kubernetes.default.svc. and the cluster domain) and where its
keys are (the apiserver's advertise address); the key set holds the signing key of sa.key,
whose key ID is the kid every token's header carries. Both are compact JSON without a closing
newline, public and cacheable for an hour.
  $ kubectl get --raw /.well-known/openid-configuration; echo
  {"issuer":"https://kubernetes.default.svc.tk8s.k8s","jwks_uri":"https://172.22.0.1:6443/openid/v1/jwks","response_types_supported":["id_token"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
  $ kubectl get --raw /openid/v1/jwks; echo
  {"keys":[{"use":"sig","kty":"RSA","kid":"Df2VdleTf1jGaceRA2Gm7LmzeKHlx-JB7bp2k1zraNU","alg":"RS256","n":"6S2zXvytj1OWxitVIOH-4iDdj3t8qDIQwi-uft7SJyEeeG6mnSAEuz5WxX9mb97-3yzS9t4O3MjSSYQn6c49RRyQh7rAnWWLOOirmegP3cJTLzWzoyPjW7mu0C4KvGehNpP4dEeAglJcxevkh6nmXgtBXl27AFVbEGFiYI2QoG3WH0HvcVviWokzG1jEAPWiYZfqRHt0fKPcL_0QS22P8bIOyzRpqg-XMfcB0J5R3O4I6E6xVrZvghQr37NIgB2Z8ZmE8mO608Mu6LLOHerLHvdKLCmIOuTmz-586iChvZG1e02higTAH8m9k4Kp-fY-aEKVX1LyRHUqlY4FKL_wxQ","e":"AQAB"}]}
  $ kubectl get --raw /.well-known/openid-configuration | jq .
  {
    "issuer": "https://kubernetes.default.svc.tk8s.k8s",
    "jwks_uri": "https://172.22.0.1:6443/openid/v1/jwks",
    "response_types_supported": [
      "id_token"
    ],
    "subject_types_supported": [
      "public"
    ],
    "id_token_signing_alg_values_supported": [
      "RS256"
    ]
  }
  $ kubectl create token default | cut -d. -f1 | base64 -d 2>/dev/null; echo
  {"alg":"RS256","kid":"Df2VdleTf1jGaceRA2Gm7LmzeKHlx-JB7bp2k1zraNU"}
  $ kubectl get --raw /openid/v1/jwks | jq -r '.keys[0].kid'
  Df2VdleTf1jGaceRA2Gm7LmzeKHlx-JB7bp2k1zraNU
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ curl -i localhost:8001/openid/v1/jwks
  HTTP/1.1 200 OK
  Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  Cache-Control: public, max-age=3600
  Content-Length: 462
  Content-Type: application/jwk-set+json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  {"keys":[{"use":"sig","kty":"RSA","kid":"Df2VdleTf1jGaceRA2Gm7LmzeKHlx-JB7bp2k1zraNU","alg":"RS256","n":"6S2zXvytj1OWxitVIOH-4iDdj3t8qDIQwi-uft7SJyEeeG6mnSAEuz5WxX9mb97-3yzS9t4O3MjSSYQn6c49RRyQh7rAnWWLOOirmegP3cJTLzWzoyPjW7mu0C4KvGehNpP4dEeAglJcxevkh6nmXgtBXl27AFVbEGFiYI2QoG3WH0HvcVviWokzG1jEAPWiYZfqRHt0fKPcL_0QS22P8bIOyzRpqg-XMfcB0J5R3O4I6E6xVrZvghQr37NIgB2Z8ZmE8mO608Mu6LLOHerLHvdKLCmIOuTmz-586iChvZG1e02higTAH8m9k4Kp-fY-aEKVX1LyRHUqlY4FKL_wxQ","e":"AQAB"}]} (no-eol)
  $ curl -si localhost:8001/.well-known/openid-configuration | head -7
  HTTP/1.1 200 OK
  Audit-Id: 3cc0c974-d0a0-44dc-83d4-74abdf0b1cbd
  Cache-Control: public, max-age=3600
  Content-Length: 231
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
The paths are listed at the apiserver's root. Users who are not service accounts may not read
them: system:service-account-issuer-discovery grants them to system:serviceaccounts only.
  $ kubectl get --raw / | grep -e openid -e well-known
      "/.well-known/openid-configuration",
      "/openid/v1/jwks",
  $ kubectl get --raw /openid/v1/jwks --as=jane
  Error from server (Forbidden): forbidden: User "jane" cannot get path "/openid/v1/jwks"
  $ kubectl get --raw /openid/v1/jwks --as=system:serviceaccount:default:default | jq -r '.keys[0].kty'
  RSA
