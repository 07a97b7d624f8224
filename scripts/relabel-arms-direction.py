# Turns arms_transfer labels round to supplier -> recipient (issue 15: roles, not grammar) where the
# sentence states the transfer from the recipient's side only. Mechanical; prints counts, never sentences.
import json,re,sys
RECV=re.compile(r"\b(buy|buys|bought|buying|purchas\w*|import\w*|acqui\w*|order\w*|procur\w*|receiv\w*|depend\w*|rel(y|ies|ied|ying)|achet\w*|achète\w*|acqu\w*|command\w*|reç\w*|dépend\w*|approvisionn\w*)\b",re.I)
SUPP=re.compile(r"\b(sell|sells|sold|selling|suppl\w*|deliver\w*|export\w*|transfer\w*|provid\w*|equip\w*|vend\w*|fourn\w*|livr\w*|accounted)\b",re.I)
for p in sys.argv[1:]:
    d=json.load(open(p)); n=0
    for it in d['items']:
        if not RECV.search(it['text']) or SUPP.search(it['text']): continue
        for c in it['claims']:
            if c['relation']=='arms_transfer':
                c['subject'],c['object']=c['object'],c['subject']; n+=1
    json.dump(d,open(p,'w'),ensure_ascii=False,indent=1); open(p,'a').write('\n')
    print(p,'flipped',n)
