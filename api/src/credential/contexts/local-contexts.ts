/**
 * Local copies of the only JSON-LD contexts Beacon's credentials and controller document use,
 * the published documents as JSON values. The document loader that signs and
 * verifies Data Integrity proofs serves these and nothing else: it never fetches a context from
 * the network. Sources:
 * - https://www.w3.org/ns/credentials/v2: @digitalbazaar/credentials-context 3.2.0 (W3C VC Data Model 2.0)
 * - https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json: 1EdTech openbadges-specification, ob_v3p0/context-3.0.3.json
 * - https://w3id.org/security/data-integrity/v2: @digitalbazaar/data-integrity-context 2.0.1
 * - https://w3id.org/security/multikey/v1: @digitalbazaar/multikey-context 2.0.1
 * - https://www.w3.org/ns/did/v1: did-context 3.1.1 (W3C DID Core 1.0)
 * - https://www.w3.org/ns/cid/v1: W3C cid repository, context/v1.jsonld (Controlled Identifiers 1.0)
 */
/* eslint-disable */
export const VC_V2_URL = "https://www.w3.org/ns/credentials/v2";
const VC_V2 = {
  "@context": {
    "@protected": true,
    "id": "@id",
    "type": "@type",
    "description": "https://schema.org/description",
    "digestMultibase": {
      "@id": "https://w3id.org/security#digestMultibase",
      "@type": "https://w3id.org/security#multibase"
    },
    "digestSRI": {
      "@id": "https://www.w3.org/2018/credentials#digestSRI",
      "@type": "https://www.w3.org/2018/credentials#sriString"
    },
    "mediaType": {
      "@id": "https://schema.org/encodingFormat"
    },
    "name": "https://schema.org/name",
    "VerifiableCredential": {
      "@id": "https://www.w3.org/2018/credentials#VerifiableCredential",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "confidenceMethod": {
          "@id": "https://www.w3.org/2018/credentials#confidenceMethod",
          "@type": "@id"
        },
        "credentialSchema": {
          "@id": "https://www.w3.org/2018/credentials#credentialSchema",
          "@type": "@id"
        },
        "credentialStatus": {
          "@id": "https://www.w3.org/2018/credentials#credentialStatus",
          "@type": "@id"
        },
        "credentialSubject": {
          "@id": "https://www.w3.org/2018/credentials#credentialSubject",
          "@type": "@id"
        },
        "description": "https://schema.org/description",
        "evidence": {
          "@id": "https://www.w3.org/2018/credentials#evidence",
          "@type": "@id"
        },
        "issuer": {
          "@id": "https://www.w3.org/2018/credentials#issuer",
          "@type": "@id"
        },
        "name": "https://schema.org/name",
        "proof": {
          "@id": "https://w3id.org/security#proof",
          "@type": "@id",
          "@container": "@graph"
        },
        "refreshService": {
          "@id": "https://www.w3.org/2018/credentials#refreshService",
          "@type": "@id"
        },
        "relatedResource": {
          "@id": "https://www.w3.org/2018/credentials#relatedResource",
          "@type": "@id"
        },
        "renderMethod": {
          "@id": "https://www.w3.org/2018/credentials#renderMethod",
          "@type": "@id"
        },
        "termsOfUse": {
          "@id": "https://www.w3.org/2018/credentials#termsOfUse",
          "@type": "@id"
        },
        "validFrom": {
          "@id": "https://www.w3.org/2018/credentials#validFrom",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "validUntil": {
          "@id": "https://www.w3.org/2018/credentials#validUntil",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        }
      }
    },
    "EnvelopedVerifiableCredential": "https://www.w3.org/2018/credentials#EnvelopedVerifiableCredential",
    "VerifiablePresentation": {
      "@id": "https://www.w3.org/2018/credentials#VerifiablePresentation",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "holder": {
          "@id": "https://www.w3.org/2018/credentials#holder",
          "@type": "@id"
        },
        "proof": {
          "@id": "https://w3id.org/security#proof",
          "@type": "@id",
          "@container": "@graph"
        },
        "termsOfUse": {
          "@id": "https://www.w3.org/2018/credentials#termsOfUse",
          "@type": "@id"
        },
        "verifiableCredential": {
          "@id": "https://www.w3.org/2018/credentials#verifiableCredential",
          "@type": "@id",
          "@container": "@graph",
          "@context": null
        }
      }
    },
    "EnvelopedVerifiablePresentation": "https://www.w3.org/2018/credentials#EnvelopedVerifiablePresentation",
    "JsonSchemaCredential": "https://www.w3.org/2018/credentials#JsonSchemaCredential",
    "JsonSchema": {
      "@id": "https://www.w3.org/2018/credentials#JsonSchema",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "jsonSchema": {
          "@id": "https://www.w3.org/2018/credentials#jsonSchema",
          "@type": "@json"
        }
      }
    },
    "BitstringStatusListCredential": "https://www.w3.org/ns/credentials/status#BitstringStatusListCredential",
    "BitstringStatusList": {
      "@id": "https://www.w3.org/ns/credentials/status#BitstringStatusList",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "encodedList": {
          "@id": "https://www.w3.org/ns/credentials/status#encodedList",
          "@type": "https://w3id.org/security#multibase"
        },
        "statusPurpose": "https://www.w3.org/ns/credentials/status#statusPurpose",
        "ttl": "https://www.w3.org/ns/credentials/status#ttl"
      }
    },
    "BitstringStatusListEntry": {
      "@id": "https://www.w3.org/ns/credentials/status#BitstringStatusListEntry",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "statusListCredential": {
          "@id": "https://www.w3.org/ns/credentials/status#statusListCredential",
          "@type": "@id"
        },
        "statusListIndex": "https://www.w3.org/ns/credentials/status#statusListIndex",
        "statusPurpose": "https://www.w3.org/ns/credentials/status#statusPurpose",
        "statusMessage": {
          "@id": "https://www.w3.org/ns/credentials/status#statusMessage",
          "@context": {
            "@protected": true,
            "id": "@id",
            "type": "@type",
            "message": "https://www.w3.org/ns/credentials/status#message",
            "status": "https://www.w3.org/ns/credentials/status#status"
          }
        },
        "statusReference": {
          "@id": "https://www.w3.org/ns/credentials/status#statusReference",
          "@type": "@id"
        },
        "statusSize": {
          "@id": "https://www.w3.org/ns/credentials/status#statusSize",
          "@type": "https://www.w3.org/2001/XMLSchema#integer"
        }
      }
    },
    "DataIntegrityProof": {
      "@id": "https://w3id.org/security#DataIntegrityProof",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "challenge": "https://w3id.org/security#challenge",
        "created": {
          "@id": "http://purl.org/dc/terms/created",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "cryptosuite": {
          "@id": "https://w3id.org/security#cryptosuite",
          "@type": "https://w3id.org/security#cryptosuiteString"
        },
        "domain": "https://w3id.org/security#domain",
        "expires": {
          "@id": "https://w3id.org/security#expiration",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "nonce": "https://w3id.org/security#nonce",
        "previousProof": {
          "@id": "https://w3id.org/security#previousProof",
          "@type": "@id"
        },
        "proofPurpose": {
          "@id": "https://w3id.org/security#proofPurpose",
          "@type": "@vocab",
          "@context": {
            "@protected": true,
            "id": "@id",
            "type": "@type",
            "assertionMethod": {
              "@id": "https://w3id.org/security#assertionMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "authentication": {
              "@id": "https://w3id.org/security#authenticationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "capabilityDelegation": {
              "@id": "https://w3id.org/security#capabilityDelegationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "capabilityInvocation": {
              "@id": "https://w3id.org/security#capabilityInvocationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "keyAgreement": {
              "@id": "https://w3id.org/security#keyAgreementMethod",
              "@type": "@id",
              "@container": "@set"
            }
          }
        },
        "proofValue": {
          "@id": "https://w3id.org/security#proofValue",
          "@type": "https://w3id.org/security#multibase"
        },
        "verificationMethod": {
          "@id": "https://w3id.org/security#verificationMethod",
          "@type": "@id"
        }
      }
    },
    "...": {
      "@id": "https://www.iana.org/assignments/jwt#..."
    },
    "_sd": {
      "@id": "https://www.iana.org/assignments/jwt#_sd",
      "@type": "@json"
    },
    "_sd_alg": {
      "@id": "https://www.iana.org/assignments/jwt#_sd_alg"
    },
    "aud": {
      "@id": "https://www.iana.org/assignments/jwt#aud",
      "@type": "@id"
    },
    "cnf": {
      "@id": "https://www.iana.org/assignments/jwt#cnf",
      "@context": {
        "@protected": true,
        "kid": {
          "@id": "https://www.iana.org/assignments/jwt#kid",
          "@type": "@id"
        },
        "jwk": {
          "@id": "https://www.iana.org/assignments/jwt#jwk",
          "@type": "@json"
        }
      }
    },
    "exp": {
      "@id": "https://www.iana.org/assignments/jwt#exp",
      "@type": "https://www.w3.org/2001/XMLSchema#nonNegativeInteger"
    },
    "iat": {
      "@id": "https://www.iana.org/assignments/jwt#iat",
      "@type": "https://www.w3.org/2001/XMLSchema#nonNegativeInteger"
    },
    "iss": {
      "@id": "https://www.iana.org/assignments/jose#iss",
      "@type": "@id"
    },
    "jku": {
      "@id": "https://www.iana.org/assignments/jose#jku",
      "@type": "@id"
    },
    "kid": {
      "@id": "https://www.iana.org/assignments/jose#kid",
      "@type": "@id"
    },
    "nbf": {
      "@id": "https://www.iana.org/assignments/jwt#nbf",
      "@type": "https://www.w3.org/2001/XMLSchema#nonNegativeInteger"
    },
    "sub": {
      "@id": "https://www.iana.org/assignments/jose#sub",
      "@type": "@id"
    },
    "x5u": {
      "@id": "https://www.iana.org/assignments/jose#x5u",
      "@type": "@id"
    }
  }
};
export const OB_V3P0_URL = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
const OB_V3P0 = {
  "@context": {
    "@protected": true,
    "id": "@id",
    "type": "@type",
    "OpenBadgeCredential": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"
    },
    "Achievement": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "achievementType": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievementType"
        },
        "alignment": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#alignment",
          "@container": "@set"
        },
        "creator": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#creator"
        },
        "creditsAvailable": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsAvailable",
          "@type": "https://www.w3.org/2001/XMLSchema#float"
        },
        "criteria": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria",
          "@type": "@id"
        },
        "fieldOfStudy": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#fieldOfStudy"
        },
        "humanCode": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#humanCode"
        },
        "image": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#image",
          "@type": "@id"
        },
        "otherIdentifier": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#otherIdentifier",
          "@container": "@set"
        },
        "related": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#related",
          "@container": "@set"
        },
        "resultDescription": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#resultDescription",
          "@container": "@set"
        },
        "specialization": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#specialization"
        },
        "tag": {
          "@id": "https://schema.org/keywords",
          "@container": "@set"
        },
        "version": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#version"
        },
        "inLanguage": {
          "@id": "https://schema.org/inLanguage"
        }
      }
    },
    "AchievementCredential": {
      "@id": "OpenBadgeCredential"
    },
    "AchievementSubject": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementSubject",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "achievement": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement"
        },
        "activityEndDate": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#activityEndDate",
          "@type": "https://www.w3.org/2001/XMLSchema#date"
        },
        "activityStartDate": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#activityStartDate",
          "@type": "https://www.w3.org/2001/XMLSchema#date"
        },
        "creditsEarned": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsEarned",
          "@type": "https://www.w3.org/2001/XMLSchema#float"
        },
        "identifier": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identifier",
          "@container": "@set"
        },
        "image": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#image",
          "@type": "@id"
        },
        "licenseNumber": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#licenseNumber"
        },
        "result": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#result",
          "@container": "@set"
        },
        "role": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#role"
        },
        "source": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#source",
          "@type": "@id"
        },
        "term": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#term"
        }
      }
    },
    "Address": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Address",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "addressCountry": {
          "@id": "https://schema.org/addressCountry"
        },
        "addressCountryCode": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#CountryCode"
        },
        "addressLocality": {
          "@id": "https://schema.org/addressLocality"
        },
        "addressRegion": {
          "@id": "https://schema.org/addressRegion"
        },
        "geo": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#GeoCoordinates"
        },
        "postOfficeBoxNumber": {
          "@id": "https://schema.org/postOfficeBoxNumber"
        },
        "postalCode": {
          "@id": "https://schema.org/postalCode"
        },
        "streetAddress": {
          "@id": "https://schema.org/streetAddress"
        }
      }
    },
    "Alignment": {
      "@id": "https://schema.org/AlignmentObject",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "targetCode": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#targetCode"
        },
        "targetDescription": {
          "@id": "https://schema.org/targetDescription"
        },
        "targetFramework": {
          "@id": "https://schema.org/targetFramework"
        },
        "targetName": {
          "@id": "https://schema.org/targetName"
        },
        "targetType": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#targetType"
        },
        "targetUrl": {
          "@id": "https://schema.org/targetUrl",
          "@type": "https://www.w3.org/2001/XMLSchema#anyURI"
        }
      }
    },
    "Criteria": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria"
    },
    "EndorsementCredential": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#EndorsementCredential"
    },
    "EndorsementSubject": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#EndorsementSubject",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "endorsementComment": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#endorsementComment"
        }
      }
    },
    "Evidence": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Evidence",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "audience": {
          "@id": "https://schema.org/audience"
        },
        "genre": {
          "@id": "https://schema.org/genre"
        }
      }
    },
    "GeoCoordinates": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#GeoCoordinates",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "latitude": {
          "@id": "https://schema.org/latitude"
        },
        "longitude": {
          "@id": "https://schema.org/longitude"
        }
      }
    },
    "IdentifierEntry": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#IdentifierEntry",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "identifier": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identifier"
        },
        "identifierType": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identifierType"
        }
      }
    },
    "IdentityObject": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#IdentityObject",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "hashed": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#hashed",
          "@type": "https://www.w3.org/2001/XMLSchema#boolean"
        },
        "identityHash": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identityHash"
        },
        "identityType": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identityType"
        },
        "salt": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#salt"
        }
      }
    },
    "Image": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Image",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "caption": {
          "@id": "https://schema.org/caption"
        }
      }
    },
    "Profile": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "additionalName": {
          "@id": "https://schema.org/additionalName"
        },
        "address": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#address",
          "@type": "@id"
        },
        "dateOfBirth": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#dateOfBirth",
          "@type": "https://www.w3.org/2001/XMLSchema#date"
        },
        "email": {
          "@id": "https://schema.org/email"
        },
        "familyName": {
          "@id": "https://schema.org/familyName"
        },
        "familyNamePrefix": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#familyNamePrefix"
        },
        "givenName": {
          "@id": "https://schema.org/givenName"
        },
        "honorificPrefix": {
          "@id": "https://schema.org/honorificPrefix"
        },
        "honorificSuffix": {
          "@id": "https://schema.org/honorificSuffix"
        },
        "image": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#image",
          "@type": "@id"
        },
        "otherIdentifier": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#otherIdentifier",
          "@container": "@set"
        },
        "parentOrg": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#parentOrg",
          "@type": "@id"
        },
        "patronymicName": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#patronymicName"
        },
        "phone": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#phone"
        },
        "official": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#official"
        }
      }
    },
    "Related": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Related",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "version": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#version"
        },
        "inLanguage": {
          "@id": "https://schema.org/inLanguage"
        }
      }
    },
    "Result": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Result",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "achievedLevel": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievedLevel",
          "@type": "https://www.w3.org/2001/XMLSchema#anyURI"
        },
        "resultDescription": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#resultDescription",
          "@type": "https://www.w3.org/2001/XMLSchema#anyURI"
        },
        "status": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#status"
        },
        "value": {
          "@id": "https://schema.org/value"
        }
      }
    },
    "ResultDescription": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#ResultDescription",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "allowedValue": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#allowedValue",
          "@container": "@list"
        },
        "requiredLevel": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#requiredLevel",
          "@type": "https://www.w3.org/2001/XMLSchema#anyURI"
        },
        "requiredValue": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#requiredValue"
        },
        "resultType": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#resultType"
        },
        "rubricCriterionLevel": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#rubricCriterionLevel",
          "@container": "@set"
        },
        "valueMax": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#valueMax"
        },
        "valueMin": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#valueMin"
        }
      }
    },
    "RubricCriterionLevel": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#RubricCriterionLevel",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "level": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#level"
        },
        "points": {
          "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#points"
        }
      }
    },
    "alignment": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#alignment",
      "@container": "@set"
    },
    "description": {
      "@id": "https://schema.org/description"
    },
    "endorsement": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#endorsement",
      "@container": "@set"
    },
    "image": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#image",
      "@type": "@id"
    },
    "inLanguage": {
      "@id": "https://schema.org/inLanguage"
    },
    "name": {
      "@id": "https://schema.org/name"
    },
    "narrative": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative"
    },
    "url": {
      "@id": "https://schema.org/url",
      "@type": "https://www.w3.org/2001/XMLSchema#anyURI"
    },
    "awardedDate": {
      "@id": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#awardedDate",
      "@type": "xsd:dateTime"
    }
  }
};
export const DATA_INTEGRITY_V2_URL = "https://w3id.org/security/data-integrity/v2";
const DATA_INTEGRITY_V2 = {
  "@context": {
    "id": "@id",
    "type": "@type",
    "@protected": true,
    "proof": {
      "@id": "https://w3id.org/security#proof",
      "@type": "@id",
      "@container": "@graph"
    },
    "DataIntegrityProof": {
      "@id": "https://w3id.org/security#DataIntegrityProof",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "challenge": "https://w3id.org/security#challenge",
        "created": {
          "@id": "http://purl.org/dc/terms/created",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "domain": "https://w3id.org/security#domain",
        "expires": {
          "@id": "https://w3id.org/security#expiration",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "nonce": "https://w3id.org/security#nonce",
        "previousProof": {
          "@id": "https://w3id.org/security#previousProof",
          "@type": "@id"
        },
        "proofPurpose": {
          "@id": "https://w3id.org/security#proofPurpose",
          "@type": "@vocab",
          "@context": {
            "@protected": true,
            "id": "@id",
            "type": "@type",
            "assertionMethod": {
              "@id": "https://w3id.org/security#assertionMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "authentication": {
              "@id": "https://w3id.org/security#authenticationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "capabilityInvocation": {
              "@id": "https://w3id.org/security#capabilityInvocationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "capabilityDelegation": {
              "@id": "https://w3id.org/security#capabilityDelegationMethod",
              "@type": "@id",
              "@container": "@set"
            },
            "keyAgreement": {
              "@id": "https://w3id.org/security#keyAgreementMethod",
              "@type": "@id",
              "@container": "@set"
            }
          }
        },
        "cryptosuite": {
          "@id": "https://w3id.org/security#cryptosuite",
          "@type": "https://w3id.org/security#cryptosuiteString"
        },
        "proofValue": {
          "@id": "https://w3id.org/security#proofValue",
          "@type": "https://w3id.org/security#multibase"
        },
        "verificationMethod": {
          "@id": "https://w3id.org/security#verificationMethod",
          "@type": "@id"
        }
      }
    }
  }
};
export const MULTIKEY_V1_URL = "https://w3id.org/security/multikey/v1";
const MULTIKEY_V1 = {
  "@context": {
    "id": "@id",
    "type": "@type",
    "@protected": true,
    "Multikey": {
      "@id": "https://w3id.org/security#Multikey",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "controller": {
          "@id": "https://w3id.org/security#controller",
          "@type": "@id"
        },
        "expires": {
          "@id": "https://w3id.org/security#expiration",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "revoked": {
          "@id": "https://w3id.org/security#revoked",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "publicKeyMultibase": {
          "@id": "https://w3id.org/security#publicKeyMultibase",
          "@type": "https://w3id.org/security#multibase"
        },
        "secretKeyMultibase": {
          "@id": "https://w3id.org/security#secretKeyMultibase",
          "@type": "https://w3id.org/security#multibase"
        }
      }
    }
  }
};
export const DID_V1_URL = "https://www.w3.org/ns/did/v1";
const DID_V1 = {
  "@context": {
    "@protected": true,
    "id": "@id",
    "type": "@type",
    "alsoKnownAs": {
      "@id": "https://www.w3.org/ns/activitystreams#alsoKnownAs",
      "@type": "@id"
    },
    "assertionMethod": {
      "@id": "https://w3id.org/security#assertionMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "authentication": {
      "@id": "https://w3id.org/security#authenticationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "capabilityDelegation": {
      "@id": "https://w3id.org/security#capabilityDelegationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "capabilityInvocation": {
      "@id": "https://w3id.org/security#capabilityInvocationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "controller": {
      "@id": "https://w3id.org/security#controller",
      "@type": "@id"
    },
    "keyAgreement": {
      "@id": "https://w3id.org/security#keyAgreementMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "service": {
      "@id": "https://www.w3.org/ns/did#service",
      "@type": "@id",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "serviceEndpoint": {
          "@id": "https://www.w3.org/ns/did#serviceEndpoint",
          "@type": "@id"
        }
      }
    },
    "verificationMethod": {
      "@id": "https://w3id.org/security#verificationMethod",
      "@type": "@id"
    }
  }
};
export const CID_V1_URL = "https://www.w3.org/ns/cid/v1";
const CID_V1 = {
  "@context": {
    "@protected": true,
    "id": "@id",
    "type": "@type",
    "alsoKnownAs": {
      "@id": "https://www.w3.org/ns/activitystreams#alsoKnownAs",
      "@type": "@id"
    },
    "assertionMethod": {
      "@id": "https://w3id.org/security#assertionMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "authentication": {
      "@id": "https://w3id.org/security#authenticationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "capabilityDelegation": {
      "@id": "https://w3id.org/security#capabilityDelegationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "capabilityInvocation": {
      "@id": "https://w3id.org/security#capabilityInvocationMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "controller": {
      "@id": "https://w3id.org/security#controller",
      "@type": "@id"
    },
    "keyAgreement": {
      "@id": "https://w3id.org/security#keyAgreementMethod",
      "@type": "@id",
      "@container": "@set"
    },
    "service": {
      "@id": "https://www.w3.org/ns/did#service",
      "@type": "@id",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "serviceEndpoint": {
          "@id": "https://www.w3.org/ns/did#serviceEndpoint",
          "@type": "@id"
        }
      }
    },
    "verificationMethod": {
      "@id": "https://w3id.org/security#verificationMethod",
      "@type": "@id"
    },
    "Multikey": {
      "@id": "https://w3id.org/security#Multikey",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "controller": {
          "@id": "https://w3id.org/security#controller",
          "@type": "@id"
        },
        "revoked": {
          "@id": "https://w3id.org/security#revoked",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "expires": {
          "@id": "https://w3id.org/security#expiration",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "publicKeyMultibase": {
          "@id": "https://w3id.org/security#publicKeyMultibase",
          "@type": "https://w3id.org/security#multibase"
        },
        "secretKeyMultibase": {
          "@id": "https://w3id.org/security#secretKeyMultibase",
          "@type": "https://w3id.org/security#multibase"
        }
      }
    },
    "JsonWebKey": {
      "@id": "https://w3id.org/security#JsonWebKey",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "controller": {
          "@id": "https://w3id.org/security#controller",
          "@type": "@id"
        },
        "revoked": {
          "@id": "https://w3id.org/security#revoked",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "expires": {
          "@id": "https://w3id.org/security#expiration",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "publicKeyJwk": {
          "@id": "https://w3id.org/security#publicKeyJwk",
          "@type": "@json"
        },
        "secretKeyJwk": {
          "@id": "https://w3id.org/security#secretKeyJwk",
          "@type": "@json"
        }
      }
    }
  }
};

/** context URL → context document */
export const LOCAL_CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  [VC_V2_URL, VC_V2],
  [OB_V3P0_URL, OB_V3P0],
  [DATA_INTEGRITY_V2_URL, DATA_INTEGRITY_V2],
  [MULTIKEY_V1_URL, MULTIKEY_V1],
  [DID_V1_URL, DID_V1],
  [CID_V1_URL, CID_V1],
]);
