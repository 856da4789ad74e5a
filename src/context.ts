// placeholder replaced below
export interface RequestContext { principal: any }
